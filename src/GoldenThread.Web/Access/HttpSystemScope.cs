using System.Security.Claims;
using GoldenThread.Data.Access;

namespace GoldenThread.Web.Access;

/// <summary>
/// The scope of the current request: the systems in the signed-in user's claims (none when anonymous).
/// Outside a request (start-up, background work) it is unrestricted.
/// </summary>
public sealed class HttpSystemScope(IHttpContextAccessor accessor) : ISystemScopeSource
{
    private (ClaimsPrincipal User, SystemScope Scope)? last;

    public SystemScope Current
    {
        get
        {
            var user = accessor.HttpContext?.User;
            if (user is null) return SystemScope.Unrestricted;
            if (last is { } cached && ReferenceEquals(cached.User, user)) return cached.Scope;
            var scope = SystemScope.Of(user.SystemIds());
            last = (user, scope);
            return scope;
        }
    }
}
