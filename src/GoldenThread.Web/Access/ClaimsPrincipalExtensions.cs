using System.Security.Claims;
using GoldenThread.Access;

namespace GoldenThread.Web.Access;

public static class ClaimsPrincipalExtensions
{
    public const string SystemIdClaim = "goldenthread:system-id";
    public const string DisplayNameClaim = "goldenthread:display-name";

    public static IEnumerable<RoleGrant> RoleGrants(this ClaimsPrincipal user) =>
        user.FindAll(RoleGrant.ClaimType).Select(c => RoleGrant.Parse(c.Value)).OfType<RoleGrant>();

    public static bool HasSystemRole(this ClaimsPrincipal user, string systemCode, params string[] roles) =>
        user.RoleGrants().Any(g => string.Equals(g.SystemCode, systemCode, StringComparison.OrdinalIgnoreCase)
                                   && (roles.Length == 0 || roles.Contains(g.Role)));

    public static IEnumerable<Guid> SystemIds(this ClaimsPrincipal user) =>
        user.FindAll(SystemIdClaim).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "Signed-in user";
}
