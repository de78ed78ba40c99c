using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Adapt;

/// <summary>Rewords a criterion and its guidance; it keeps its id, and past assessments keep the old wording.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class ChangeCriterionModel(GoldenThreadDbContext db, TimeProvider time) : CriterionForm(db, time)
{
    public FrameworkCriterion Criterion { get; private set; } = null!;

    protected override string[] FieldOrder => CriterionFieldOrder();

    protected override string FieldKey(string field) => CriterionFieldKey(field, _ => "");

    protected override void Fill()
    {
        Criterion = Current.Definition.Criterion(Criterion.Id) ?? Criterion;
        (Text, Guidance) = (Criterion.Text, [.. Criterion.Guidance]);
    }

    public async Task<IActionResult> OnGetAsync(string code, Guid frameworkId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await EnterCriterionAsync(code, frameworkId, criterionId, tracked: false, cancellationToken)) return NotFound();
        Fill();
        Version = Framework.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid frameworkId, string criterionId, CancellationToken cancellationToken)
    {
        if (!await EnterCriterionAsync(code, frameworkId, criterionId, tracked: true, cancellationToken)) return NotFound();
        return await AdaptAsync(new ChangeCriterion(criterionId, Text, Guidance), a => $"Criterion {a.CriterionId} changed", cancellationToken);
    }

    private async Task<bool> EnterCriterionAsync(string code, Guid frameworkId, string criterionId, bool tracked, CancellationToken cancellationToken)
    {
        if (!await EnterFormAsync(code, frameworkId, $"Change criterion {criterionId}", tracked, cancellationToken)) return false;
        if (Current.Definition.Criterion(criterionId) is not { Retired: false } criterion) return false;
        Criterion = criterion;
        return true;
    }
}
