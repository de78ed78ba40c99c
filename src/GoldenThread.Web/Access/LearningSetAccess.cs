using System.Security.Claims;
using GoldenThread.Data;
using GoldenThread.Data.Network;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Access;

/// <summary>
/// What someone of the system is to a learning set. The leadership team (with the system admin) chooses its facilitator
/// and may run it; the facilitator runs it through an account linked to their register person; the members and the
/// facilitator, and only they, keep its private notes.
/// </summary>
public sealed record LearningSetPart(bool Leads, bool Facilitates, bool IsMember)
{
    /// <summary>Adds, changes and removes sessions, records attendance, writes and publishes the learning summary.</summary>
    public bool MayRun => Leads || Facilitates;
    /// <summary>Reads and writes the set's private notes.</summary>
    public bool MayKeepNotes => Facilitates || IsMember;

    /// <summary>
    /// What <paramref name="user"/> is to the learning set <paramref name="learningSetId"/> of the system
    /// <paramref name="code"/>; null when they hold no role there or the system has no such set.
    /// </summary>
    public static async Task<LearningSetPart?> OfAsync(GoldenThreadDbContext db, ClaimsPrincipal user, string code, Guid learningSetId,
        CancellationToken cancellationToken)
    {
        if (!user.HasSystemRole(code) || await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId) return null;
        var set = await db.LearningSets.AsNoTracking().Where(s => s.SystemId == systemId && s.Id == learningSetId)
            .Select(s => new { s.FacilitatorPersonId }).SingleOrDefaultAsync(cancellationToken);
        if (set is null) return null;
        var person = user.PersonId();
        var member = person is { } p && await db.LearningSetMembers.AnyAsync(m => m.LearningSetId == learningSetId && m.PersonId == p, cancellationToken);
        return new LearningSetPart(user.MayEditRegister(code), person is not null && set.FacilitatorPersonId == person, member);
    }
}

/// <summary>May run the learning set named by the route values <c>code</c> and <c>learningSetId</c>: its leadership team or its facilitator.</summary>
public sealed class LearningSetFacilitatorRequirement : IAuthorizationRequirement;

/// <summary>May keep the private notes of the learning set named by the route values: its members and its facilitator.</summary>
public sealed class LearningSetMemberRequirement : IAuthorizationRequirement;

/// <summary>
/// Someone with no role in the route's system, or asking for a learning set it does not have, gets 404; a member of the
/// system the set's rule leaves out, 403.
/// </summary>
public sealed class LearningSetHandler(GoldenThreadDbContext db) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        var pending = context.PendingRequirements.Where(r => r is LearningSetFacilitatorRequirement or LearningSetMemberRequirement).ToList();
        if (pending.Count == 0) return;
        var http = context.Resource as HttpContext;
        if (http?.GetRouteValue("code") is not string code || !Guid.TryParse(http.GetRouteValue("learningSetId") as string, out var setId)
            || await LearningSetPart.OfAsync(db, context.User, code, setId, http.RequestAborted) is not { } part)
        {
            context.Fail(new AuthorizationFailureReason(this, SystemRoleHandler.NotInSystem));
            return;
        }
        foreach (var requirement in pending)
            if (requirement is LearningSetFacilitatorRequirement ? part.MayRun : part.MayKeepNotes)
                context.Succeed(requirement);
    }
}
