using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Adapt;

/// <summary>Retires a criterion, so new assessments no longer rate it, or restores a retired one.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class RetireCriterionModel(GoldenThreadDbContext db, TimeProvider time) : AdaptationPage(db, time)
{
    public FrameworkCriterion Criterion { get; private set; } = null!;

    protected override string[] FieldOrder => ["", "Note"];

    protected override string FieldKey(string field) => field == "note" ? "Note" : "";

    protected override void Fill() => Criterion = Current.Definition.Criterion(Criterion.Id) ?? Criterion;

    public async Task<IActionResult> OnGetAsync(string code, Guid frameworkId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await EnterCriterionAsync(code, frameworkId, criterionId, tracked: false, cancellationToken)) return NotFound();
        Version = Framework.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid frameworkId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await EnterCriterionAsync(code, frameworkId, criterionId, tracked: true, cancellationToken)) return NotFound();
        FrameworkChange change = Criterion.Retired ? new RestoreCriterion(criterionId) : new RetireCriterion(criterionId);
        var done = Criterion.Retired ? "restored" : "retired";
        return await AdaptAsync(change, a => $"Criterion {a.CriterionId} {done}", cancellationToken);
    }

    private async Task<bool> EnterCriterionAsync(string code, Guid frameworkId, string criterionId, bool tracked, CancellationToken cancellationToken)
    {
        if (!await EnterFormAsync(code, frameworkId, $"Retire criterion {criterionId}", tracked, cancellationToken)) return false;
        if (Current.Definition.Criterion(criterionId) is not { } criterion) return false;
        Criterion = criterion;
        if (criterion.Retired) Title = $"Restore criterion {criterionId}";
        return true;
    }
}
