using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>The framework, the latest completed assessment's moderated levels and the plan, on one page made for printing.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class PrintModel(GoldenThreadDbContext db, TimeProvider time) : PlanPage(db)
{
    public FrameworkPlan Plan { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterPlanAsync(code, "Plan", time, cancellationToken) is not { } plan) return NotFound();
        (Plan, Today) = (plan, UkTime.Today(time));
        Title = $"{Plan.Framework.Name}: framework and plan";
        Within("Plan", Href());
        return Page();
    }
}
