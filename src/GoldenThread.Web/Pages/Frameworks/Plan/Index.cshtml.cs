using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>
/// The framework's plan: actions by principle and criterion, each with its owner, due date, status, progress and the
/// measure it should move read the Making Data Count way; overdue actions counted at the top and marked in words.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class IndexModel(GoldenThreadDbContext db, TimeProvider time) : PlanPage(db)
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public List<string> Overdue { get; set; } = [];
    [TempData] public string? Done { get; set; }

    /// <summary>The whole plan, for the overdue count; null when the system has no framework.</summary>
    public FrameworkPlan? Plan { get; private set; }
    /// <summary>The plan as filtered.</summary>
    public FrameworkPlan? Shown { get; private set; }
    public bool Filtered { get; private set; }

    public static IReadOnlyList<Choice> StatusChoices =>
        [.. PlanActionRules.Statuses.Select(s => new Choice(s.Word, s.Name))];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Plan = await EnterPlanAsync(code, "Plan", time, cancellationToken);
        if (Code == "") return NotFound();
        if (Plan is null) return Page();
        var status = PlanActionRules.Status(Status);
        var overdueOnly = Overdue.Contains("true");
        (Status, Overdue) = (status is { } s ? PlanActionRules.Word(s) : null, overdueOnly ? ["true"] : []);
        Filtered = status is not null || overdueOnly;
        Shown = Filtered ? Plan!.Where(i => (status is null || i.Action.Status == status) && (!overdueOnly || i.Overdue)) : Plan;
        Title = $"{Plan!.Framework.Name}: plan";
        return Page();
    }
}
