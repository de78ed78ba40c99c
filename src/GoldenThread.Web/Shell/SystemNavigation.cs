using System.Security.Claims;
using GoldenThread.Access;
using GoldenThread.Web.Access;

namespace GoldenThread.Web.Shell;

/// <summary>The header navigation inside a system: one link per capability the user may use there.</summary>
public static class SystemNavigation
{
    public static IEnumerable<Crumb> For(ClaimsPrincipal user, string code)
    {
        yield return new Crumb("Overview", $"/systems/{code}");
        yield return new Crumb("Structure", $"/systems/{code}/structure");
        yield return new Crumb("Representation", $"/systems/{code}/representation");
        yield return new Crumb("Framework", $"/systems/{code}/framework");
        yield return new Crumb("Measures", $"/systems/{code}/measures");
        yield return new Crumb("Programmes", $"/systems/{code}/programmes");
        // One link for learning sets, the learning library, exchanges and mentoring, as for the register's lists.
        yield return new Crumb("Development", $"/systems/{code}/development");
        // One link for the five register lists: with them all, the header would not fit.
        yield return new Crumb("Register", $"/systems/{code}/register");
        yield return new Crumb("Diversity", $"/systems/{code}/diversity");
        if (user.PersonId() is not null) yield return new Crumb("My profile", $"/systems/{code}/me");
        if (user.HasSystemRole(code, Roles.LeadershipTeam, Roles.SystemAdmin))
        {
            yield return new Crumb("Network file", $"/systems/{code}/network");
            yield return new Crumb("Audit log", $"/systems/{code}/audit");
        }
        if (user.HasSystemRole(code, Roles.SystemAdmin))
            yield return new Crumb("Accounts and roles", $"/systems/{code}/accounts");
    }
}
