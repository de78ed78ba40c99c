using GoldenThread.Data;
using GoldenThread.Data.Network;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Access;

/// <summary>May rate the assessment named by the route values <c>code</c> and <c>assessmentId</c>.</summary>
public sealed class AssessmentRaterRequirement : IAuthorizationRequirement;

/// <summary>
/// Raters rate through an account linked to their register person (<see cref="RegisterEditors.PersonId"/>): that person
/// must be invited to the route's assessment. Someone with no role in the system, or asking for an assessment the system
/// does not have, gets 404; a member of the system who is not invited, 403.
/// </summary>
public sealed class AssessmentRaterHandler(GoldenThreadDbContext db) : AuthorizationHandler<AssessmentRaterRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AssessmentRaterRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var code = http?.GetRouteValue("code") as string;
        if (http is null || code is null || !context.User.HasSystemRole(code)
            || !Guid.TryParse(http.GetRouteValue("assessmentId") as string, out var assessmentId)
            || await db.Systems.IdOfAsync(code, http.RequestAborted) is not { } systemId
            || !await db.Assessments.AnyAsync(a => a.SystemId == systemId && a.Id == assessmentId, http.RequestAborted))
        {
            context.Fail(new AuthorizationFailureReason(this, SystemRoleHandler.NotInSystem));
            return;
        }
        if (context.User.PersonId() is { } person
            && await db.AssessmentRaters.AnyAsync(r => r.AssessmentId == assessmentId && r.PersonId == person, http.RequestAborted))
            context.Succeed(requirement);
    }
}
