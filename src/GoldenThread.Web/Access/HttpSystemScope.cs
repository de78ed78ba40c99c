using System.Security.Claims;
using GoldenThread.Access;
using GoldenThread.Data.Access;

namespace GoldenThread.Web.Access;

/// <summary>
/// The scope of the current request. Under <c>/systems/{code}/…</c> (and the API's equivalent) it is that one
/// system, if the user holds a role there, so a role in one system never reaches another system's rows from
/// that system's pages; in the national programme area (<see cref="ProgrammeArea"/>) a programme operator or reviewer
/// reads every system, since rounds span systems and the handlers there narrow by round and assignment; elsewhere it
/// is every system in the user's claims. Anonymous callers, and code
/// running outside a request, see nothing unless they ask for <see cref="Unrestrict"/> (start-up, seeding).
/// </summary>
public sealed class HttpSystemScope(IHttpContextAccessor accessor) : ISystemScopeSource
{
    private bool unrestricted;
    private (ClaimsPrincipal User, string? Code, SystemScope Scope)? last;

    /// <summary>For start-up work in its own service scope: every system, explicitly.</summary>
    public void Unrestrict() => unrestricted = true;

    public SystemScope Current
    {
        get
        {
            if (unrestricted) return SystemScope.Unrestricted;
            var context = accessor.HttpContext;
            if (context is null) return SystemScope.Nothing;
            var code = context.GetRouteValue("code") as string;
            if (last is { } cached && ReferenceEquals(cached.User, context.User) && cached.Code == code) return cached.Scope;
            var scope = For(context.User, code, context.Request.Path);
            last = (context.User, code, scope);
            return scope;
        }
    }

    /// <summary>Where the national roles work: the operator's and reviewers' pages and the rounds API.</summary>
    public static bool ProgrammeArea(PathString path) =>
        path.StartsWithSegments("/programmes") || path.StartsWithSegments("/api/v1/rounds");

    internal static SystemScope For(ClaimsPrincipal user, string? routeCode, PathString path = default)
    {
        if (routeCode is null && ProgrammeArea(path) && Roles.NationalRoles.Any(user.HasNationalRole))
            return SystemScope.Unrestricted;
        var systems = user.Systems();
        if (routeCode is null) return SystemScope.Of(systems.Values);
        return systems.TryGetValue(routeCode, out var id) ? SystemScope.Of([id]) : SystemScope.Nothing;
    }
}
