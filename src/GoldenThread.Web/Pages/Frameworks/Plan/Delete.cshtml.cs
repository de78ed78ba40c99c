using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid ActionId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken)
    {
        if (await Db.PlanActions.SingleOrDefaultAsync(a => a.SystemId == SystemId && a.Id == ActionId, cancellationToken) is not { } action) return null;
        var plan = $"/systems/{Code}/framework/plan";
        var several = await Db.Frameworks.CountAsync(f => f.SystemId == SystemId, cancellationToken) > 1;
        var after = several ? $"{plan}?framework={action.FrameworkId}" : plan;
        return new Target(action, action.Title, $"{plan}/{action.Id}", "The action goes from the plan; its changes stay in the audit trail.", after,
            [new Crumb("Framework", $"/systems/{Code}/framework"), new Crumb("Plan", after)]);
    }
}
