using System.Security.Claims;
using GoldenThread.Access;

namespace GoldenThread.Web.Access;

public static class ClaimsPrincipalExtensions
{
    /// <summary>One claim per system the account holds a role in: <c>QXV|{systemId}</c>.</summary>
    public const string SystemClaim = "goldenthread:system";
    public const string DisplayNameClaim = "goldenthread:display-name";

    public static IEnumerable<RoleGrant> RoleGrants(this ClaimsPrincipal user) =>
        user.FindAll(RoleGrant.ClaimType).Select(c => RoleGrant.Parse(c.Value)).OfType<RoleGrant>();

    public static bool HasSystemRole(this ClaimsPrincipal user, string systemCode, params string[] roles) =>
        user.RoleGrants().Any(g => string.Equals(g.SystemCode, systemCode, StringComparison.OrdinalIgnoreCase)
                                   && (roles.Length == 0 || roles.Contains(g.Role)));

    /// <summary>Whether the account holds the national role (programme operator, reviewer).</summary>
    public static bool HasNationalRole(this ClaimsPrincipal user, string role) =>
        user.RoleGrants().Any(g => g.SystemCode is null && g.Role == role);

    /// <summary>The systems the account holds a role in, by code (upper case).</summary>
    public static IReadOnlyDictionary<string, Guid> Systems(this ClaimsPrincipal user) =>
        user.FindAll(SystemClaim)
            .Select(c => c.Value.Split('|'))
            .Where(parts => parts.Length == 2 && Guid.TryParse(parts[1], out _))
            .DistinctBy(parts => parts[0])
            .ToDictionary(parts => parts[0], parts => Guid.Parse(parts[1]), StringComparer.OrdinalIgnoreCase);

    public static Claim SystemClaimFor(string code, Guid id) => new(SystemClaim, $"{code.ToUpperInvariant()}|{id}");

    /// <summary>The signed-in account's id (what <c>CreatedByAccountId</c> and the audit trail record); null when anonymous.</summary>
    public static string? AccountId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "Signed-in user";
}
