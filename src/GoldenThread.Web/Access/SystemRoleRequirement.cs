using GoldenThread.Access;
using Microsoft.AspNetCore.Authorization;

namespace GoldenThread.Web.Access;

/// <summary>Holds one of <see cref="Roles"/> in the system named by the route value <c>code</c>.</summary>
public sealed class SystemRoleRequirement(IReadOnlyList<string> roles) : IAuthorizationRequirement
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

public sealed class SystemRoleHandler : AuthorizationHandler<SystemRoleRequirement>
{
    /// <summary>Failure reason that turns into 404: the caller may not know the system exists.</summary>
    public const string NotInSystem = "not-in-system";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SystemRoleRequirement requirement)
    {
        var code = (context.Resource as HttpContext)?.GetRouteValue("code") as string;
        var grants = context.User.RoleGrants()
            .Where(g => code is not null && string.Equals(g.SystemCode, code, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (grants.Count == 0)
            context.Fail(new AuthorizationFailureReason(this, NotInSystem));
        else if (grants.Any(g => requirement.Roles.Contains(g.Role)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Holds a national role (programme operator, reviewer).</summary>
public sealed class NationalRoleRequirement(string role) : IAuthorizationRequirement
{
    public string Role { get; } = role;
}

public sealed class NationalRoleHandler : AuthorizationHandler<NationalRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, NationalRoleRequirement requirement)
    {
        if (context.User.HasNationalRole(requirement.Role))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
