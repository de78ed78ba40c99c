using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Network;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages;

[Authorize(Policy = Policies.Public)]
public sealed class IndexModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public bool SignedIn { get; private set; }
    public IReadOnlyList<SystemSummary> Systems { get; private set; } = [];
    /// <summary>Each national role held, and where it is used.</summary>
    public IReadOnlyList<Crumb> NationalRoles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        SignedIn = User.Identity?.IsAuthenticated == true;
        Title = SignedIn ? "Your systems" : "Clinical and care professional leadership";
        if (!SignedIn) return Page();
        var grants = User.RoleGrants().ToList();
        // A programme operator with no system works in the programme area: that is their home.
        if (grants.All(g => g.SystemCode is null) && grants.Any(g => g.Role == Roles.ProgrammeOperator))
            return Redirect(ProgrammeNavigation.RoundsHref);
        Systems = await SystemSummary.ReadAsync(db, [.. grants.Select(g => g.SystemCode).OfType<string>().Distinct()], cancellationToken);
        NationalRoles = [.. grants.Where(g => g.SystemCode is null).Select(g => g.Role).Distinct()
            .Select(role => new Crumb(RoleNames.Describe(role), ProgrammeNavigation.Home(role) ?? "/"))];
        return Page();
    }
}
