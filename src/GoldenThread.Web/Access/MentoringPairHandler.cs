using GoldenThread.Data;
using GoldenThread.Development;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Access;

/// <summary>Is one of the two people of the mentoring pair named by the route values <c>code</c> and <c>mentorshipId</c>.</summary>
public sealed class MentoringPairRequirement : IAuthorizationRequirement;

/// <summary>
/// A pair's page, with its meetings' private notes, is for its mentor and mentee only, through accounts linked to their
/// register people; not for the leadership team. Someone with no role in the system, or asking for a pair the system does
/// not have or has not yet published, gets 404; a member of the system who is not one of the two, 403.
/// </summary>
public sealed class MentoringPairHandler(GoldenThreadDbContext db) : AuthorizationHandler<MentoringPairRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, MentoringPairRequirement requirement)
    {
        if (await RouteRow.ReadAsync(context, this, db, "mentorshipId") is not (var http, var systemId, var mentorshipId)) return;
        var pair = await db.Mentorships.AsNoTracking()
            .Where(m => m.SystemId == systemId && m.Id == mentorshipId && m.Status != MentorshipStatus.Proposed)
            .Select(m => new { m.MentorPersonId, m.MenteePersonId }).SingleOrDefaultAsync(http.RequestAborted);
        if (pair is null) RouteRow.NotFound(context, this);
        else if (context.User.PersonId() is { } person && (person == pair.MentorPersonId || person == pair.MenteePersonId))
            context.Succeed(requirement);
    }
}
