using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>
/// An assessment's moderated results: by principle as a chart with a table of the same figures, and criterion by
/// criterion against the previous completed assessment of the same framework. Moderated levels only: no rater's own.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class ResultsModel(GoldenThreadDbContext db, TimeProvider time) : ModerationPage(db, time)
{
    public IReadOnlyList<PrincipleResult> ByPrinciple { get; private set; } = [];
    public IHtmlContent? Chart { get; private set; }
    public AssessmentModeration.Comparison? Comparison { get; private set; }

    public string CsvHref => $"{ResultsHref}.csv";
    public string CompleteHref => $"{AssessmentHref}/complete";

    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, assessmentId, "Results", cancellationToken)) return NotFound();
        if (Assessment.State == AssessmentState.Open) return Page();
        ByPrinciple = Moderation.ByPrinciple;
        if (ByPrinciple.Count > 0)
            Chart = ResultsChartSvg.Render(Definition, ByPrinciple, $"Mean moderated level by principle, {Assessment.Name}");
        Comparison = await Moderation.CompareAsync(Db, cancellationToken);
        return Page();
    }
}
