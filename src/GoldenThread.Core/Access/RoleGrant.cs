namespace GoldenThread.Access;

/// <summary>
/// A role as carried in a signed-in user's claims: <c>leadership-team@QNX</c>,
/// <c>body-secretary@QNX#{bodyId}</c>, or a national role on its own (<c>reviewer</c>).
/// </summary>
public sealed record RoleGrant(string Role, string? SystemCode, Guid? BodyId)
{
    public const string ClaimType = "goldenthread:role";

    public override string ToString() =>
        SystemCode is null ? Role : BodyId is null ? $"{Role}@{SystemCode}" : $"{Role}@{SystemCode}#{BodyId}";

    public static RoleGrant? Parse(string value)
    {
        var at = value.IndexOf('@');
        if (at < 0) return Roles.IsNational(value) ? new RoleGrant(value, null, null) : null;
        var role = value[..at];
        var rest = value[(at + 1)..];
        var hash = rest.IndexOf('#');
        if (!Roles.SystemRoles.Contains(role)) return null;
        // A body secretary holds the role for one body; no other role is held per body.
        if (hash < 0) return rest.Length == 0 || role == Roles.BodySecretary ? null : new RoleGrant(role, rest, null);
        return role == Roles.BodySecretary && hash > 0 && Guid.TryParse(rest[(hash + 1)..], out var body)
            ? new RoleGrant(role, rest[..hash], body) : null;
    }
}
