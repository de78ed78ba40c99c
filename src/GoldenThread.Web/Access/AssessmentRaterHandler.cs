using GoldenThread.Data;
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
        if (await RouteRow.ReadAsync(context, this, db, "assessmentId") is not (var http, var systemId, var assessmentId)) return;
        if (!await db.Assessments.AnyAsync(a => a.SystemId == systemId && a.Id == assessmentId, http.RequestAborted))
            RouteRow.NotFound(context, this);
        else if (context.User.PersonId() is { } person
            && await db.AssessmentRaters.AnyAsync(r => r.AssessmentId == assessmentId && r.PersonId == person, http.RequestAborted))
            context.Succeed(requirement);
    }
}
