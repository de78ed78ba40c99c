using GoldenThread.Data;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>The rater's task list: every criterion of the assessment by principle, rated or not started, and how many are reviewed.</summary>
[Authorize(Policy = Policies.AssessmentRater)]
public sealed class RateModel(GoldenThreadDbContext db, TimeProvider time) : RaterPage(db, time)
{
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsRaterAsync(code, assessmentId, "Rate the framework", cancellationToken)) return NotFound();
        Title = $"Rate: {Assessment.Name}";
        return Page();
    }
}
