using GoldenThread.Audit;
using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>One action of the plan: change it (a stale edit is refused), and who changed what, from the audit trail.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class EditModel(GoldenThreadDbContext database, TimeProvider time) : ActionForm(database, time)
{
    [BindProperty(SupportsGet = true)] public Guid ActionId { get; set; }
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterActionAsync(code, tracked: false, cancellationToken) is not { } action) return NotFound();
        Fill(action);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterActionAsync(code, tracked: true, cancellationToken) is not { } action) return NotFound();
        if (!Check(action.CriterionId)) return Page();
        Apply(action);
        return await SaveEditAsync(Db, action, Version, "action", () => FindAsync(tracked: false, cancellationToken), Fill,
            $"{action.Title} saved", Href() + $"#criterion-{action.CriterionId}", cancellationToken);
    }

    /// <summary>The action, its framework's choices and its history; null when the system has no such action.</summary>
    private async Task<PlanAction?> EnterActionAsync(string code, bool tracked, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change the action", null, cancellationToken)) return null;
        var frameworkId = await Db.PlanActions.Where(a => a.SystemId == SystemId && a.Id == ActionId).Select(a => (Guid?)a.FrameworkId).SingleOrDefaultAsync(cancellationToken);
        if (frameworkId is null) return null;
        if (!await EnterFormAsync(code, "Change the action", frameworkId.ToString(), cancellationToken)) return null;
        var id = ActionId.ToString();
        History = await Db.AuditEntries.AsNoTracking()
            .Where(a => a.SystemId == SystemId && a.Entity == nameof(PlanAction) && a.EntityId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
        return await FindAsync(tracked, cancellationToken);
    }

    private Task<PlanAction?> FindAsync(bool tracked, CancellationToken cancellationToken) =>
        FindToEditAsync(Db.PlanActions.Where(a => a.SystemId == SystemId && a.Id == ActionId), tracked, a => a.Title, a => $"{PlanHref}/{a.Id}", cancellationToken);
}
