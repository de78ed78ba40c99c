using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;

namespace GoldenThread.Web.Pages;

[Authorize(Policy = Policies.Public)]
public sealed class IndexModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public bool SignedIn { get; private set; }
    public IReadOnlyList<SystemSummary> Systems { get; private set; } = [];
    public IReadOnlyList<string> NationalRoles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SignedIn = User.Identity?.IsAuthenticated == true;
        Title = SignedIn ? "Your systems" : "Clinical and care professional leadership";
        if (!SignedIn) return;
        var grants = User.RoleGrants().ToList();
        Systems = await SystemSummary.ReadAsync(db, [.. grants.Select(g => g.SystemCode).OfType<string>().Distinct()], cancellationToken);
        NationalRoles = [.. grants.Where(g => g.SystemCode is null).Select(g => RoleNames.Describe(g.Role))];
    }
}
