using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Systems;

[Authorize(Policy = Policies.SystemMember)]
public sealed class OverviewModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public SystemSummary Summary { get; private set; } = null!;
    public IReadOnlyList<string> YourRoles { get; private set; } = [];
    public IReadOnlyList<(string Label, int Count)> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await SystemSummary.ReadAsync(db, code, cancellationToken) is not { } summary) return NotFound();
        Summary = summary;
        SystemCode = summary.Code;
        Title = summary.Name;
        Breadcrumbs = [new Crumb("Your systems", "/")];
        YourRoles = [.. User.RoleGrants().Where(g => g.SystemCode == summary.Code).Select(g => RoleNames.Describe(g.Role)).Distinct()];
        Counts =
        [
            ("Places", summary.Places), ("Neighbourhoods and primary care networks", summary.Neighbourhoods),
            ("Organisations", summary.Organisations), ("People", summary.People), ("Leadership bodies", summary.Bodies),
            ("Leadership posts", summary.Posts), ("Vacant posts", summary.VacantPosts),
        ];
        return Page();
    }
}
