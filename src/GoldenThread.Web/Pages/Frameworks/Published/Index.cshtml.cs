using GoldenThread.Data;
using GoldenThread.Data.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Published;

/// <summary>
/// A system's published frameworks and their plans, for anyone: each principle's criteria with the levels the
/// leadership team agreed in the latest completed assessment, and the actions with their owners as written, due
/// dates, statuses and progress notes. No rater, rating or rater's rationale is read. A system with nothing published
/// has no such page (404).
/// </summary>
/// <remarks>
/// Progress notes are shown: they are written for the plan, which the leadership team publishes as a whole, and the
/// form says so where the note is written. The measures actions should move are not: their pages are the system's own.
/// </remarks>
[Authorize(Policy = Policies.Public)]
public sealed class IndexModel(GoldenThreadDbContext db, HttpSystemScope scope, TimeProvider time) : GoldenThreadPage
{
    public string SystemName { get; private set; } = "";
    public string Code { get; private set; } = "";
    public IReadOnlyList<FrameworkPlan> Plans { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        // Anyone may read what a system publishes, so the page reads across the scope and narrows by hand: this
        // system's rows, of published frameworks only.
        scope.Unrestrict();
        var system = await db.Systems.AsNoTracking().WithCode(code).Select(s => new { s.Id, s.Code, s.Name }).SingleOrDefaultAsync(cancellationToken);
        if (system is null) return NotFound();
        var published = await db.Frameworks.AsNoTracking().Where(f => f.SystemId == system.Id && f.PublishedAt != null)
            .OrderBy(f => f.CreatedAt).ThenBy(f => f.Id).Select(f => f.Id).ToListAsync(cancellationToken);
        if (published.Count == 0) return NotFound();
        var today = UkTime.Today(time);
        var plans = new List<FrameworkPlan>();
        foreach (var frameworkId in published)
            plans.Add((await PlanReading.ReadAsync(db, system.Id, frameworkId, today, withMeasures: false, cancellationToken))!);
        (SystemName, Code, Plans, Title) = (system.Name, system.Code, plans, $"{system.Name}: leadership framework and plan");
        return Page();
    }
}
