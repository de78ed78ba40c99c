using System.Security.Claims;
using GoldenThread.Access;
using Microsoft.AspNetCore.Authorization;

namespace GoldenThread.Web.Access;

/// <summary>
/// Who may change which part of the register (DESIGN.md "Who may do what"): the leadership team and system admin
/// change everything; a body secretary changes the memberships of their own body; a professional changes their own
/// profile. Pages, the API and the links a page shows all ask here.
/// </summary>
public static class RegisterEditors
{
    /// <summary>The claim naming the register person an account is (<see cref="Data.Access.Account.PersonId"/>).</summary>
    public const string PersonClaim = "goldenthread:person";

    public static bool MayEditRegister(this ClaimsPrincipal user, string code) =>
        user.HasSystemRole(code, Roles.LeadershipTeam, Roles.SystemAdmin);

    public static bool MayEditMembersOf(this ClaimsPrincipal user, string code, Guid bodyId) =>
        user.MayEditRegister(code) || user.SecretaryGrants(code).Any(g => g.BodyId == bodyId);

    public static bool MayEditProfileOf(this ClaimsPrincipal user, string code, Guid personId) =>
        user.MayEditRegister(code) || (user.HasSystemRole(code) && user.PersonId() == personId);

    public static Guid? PersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PersonClaim), out var id) ? id : null;

    internal static IEnumerable<RoleGrant> SecretaryGrants(this ClaimsPrincipal user, string code) =>
        user.RoleGrants().Where(g => g.Role == Roles.BodySecretary && string.Equals(g.SystemCode, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>The body whose members are to change, when the request names it outside the route (the API's JSON body).</summary>
public sealed record BodyMembersResource(string SystemCode, Guid BodyId);

/// <summary>May change the members of the body named by the resource, or by the route values <c>code</c> and <c>bodyId</c>.</summary>
public sealed class BodyMembersRequirement : IAuthorizationRequirement;

/// <summary>May change the profile of the person named by the route values <c>code</c> and <c>personId</c>.</summary>
public sealed class PersonProfileRequirement : IAuthorizationRequirement;

public sealed class RegisterEditorsHandler : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var (code, id) = Target(context.Resource, requirement is BodyMembersRequirement ? "bodyId" : "personId");
            if (requirement is not (BodyMembersRequirement or PersonProfileRequirement)) continue;
            if (code is null || !context.User.HasSystemRole(code))
                context.Fail(new AuthorizationFailureReason(this, SystemRoleHandler.NotInSystem));
            else if (requirement is BodyMembersRequirement && Allows(context, code, id, context.User.MayEditMembersOf, RouteWithoutBody))
                context.Succeed(requirement);
            else if (requirement is PersonProfileRequirement && Allows(context, code, id, context.User.MayEditProfileOf, _ => false))
                context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    private static bool Allows(AuthorizationHandlerContext context, string code, Guid? id, Func<string, Guid, bool> mayEdit, Func<AuthorizationHandlerContext, bool> noId) =>
        context.User.MayEditRegister(code) || (id is { } target ? mayEdit(code, target) : noId(context));

    /// <summary>
    /// A route that names no body (the API's <c>/memberships</c>) lets any secretary of the system through to the
    /// endpoint, which then asks again with <see cref="BodyMembersResource"/> once it knows the body.
    /// </summary>
    private static bool RouteWithoutBody(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext && context.User.SecretaryGrants(SystemCode(context.Resource) ?? "").Any();

    private static (string? Code, Guid? Id) Target(object? resource, string routeKey) => resource switch
    {
        BodyMembersResource body => (body.SystemCode, body.BodyId),
        HttpContext http => (SystemCode(http), Guid.TryParse(http.GetRouteValue(routeKey) as string, out var id) ? id : null),
        _ => (null, null),
    };

    private static string? SystemCode(object? resource) => (resource as HttpContext)?.GetRouteValue("code") as string;
}
