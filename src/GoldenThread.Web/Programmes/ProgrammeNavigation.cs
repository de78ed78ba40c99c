using System.Security.Claims;
using GoldenThread.Access;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// The header navigation of the national roles, on every page that belongs to no system: a programme operator or
/// reviewer holds no role in a system, so without it they would have no way round but the home page.
/// </summary>
public static class ProgrammeNavigation
{
    public const string RoundsHref = "/programmes";
    public const string ReviewsHref = "/programmes/reviews";

    public static IEnumerable<Crumb> For(ClaimsPrincipal user)
    {
        if (user.HasNationalRole(Roles.ProgrammeOperator)) yield return new Crumb("Programme rounds", RoundsHref);
        if (user.HasNationalRole(Roles.Reviewer)) yield return new Crumb("My reviews", ReviewsHref);
    }

    /// <summary>Where a national role is used, for the home page's list of them; null for a system role.</summary>
    public static string? Home(string role) => role switch
    {
        Roles.ProgrammeOperator => RoundsHref,
        Roles.Reviewer => ReviewsHref,
        _ => null,
    };
}
