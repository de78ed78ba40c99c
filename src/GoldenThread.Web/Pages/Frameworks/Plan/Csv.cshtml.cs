using System.Text;
using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>The whole plan of a framework as CSV (<see cref="PlanCsv"/>).</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class CsvModel(GoldenThreadDbContext db, TimeProvider time) : PlanPage(db)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterPlanAsync(code, "Plan", time, cancellationToken) is not { } plan) return NotFound();
        return File(Encoding.UTF8.GetBytes(PlanCsv.Write(plan)), "text/csv", $"plan-{Code}-{plan.Framework.Key}-{UkTime.Today(time):yyyy-MM-dd}.csv");
    }
}
