using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>
/// One assessment for the leadership team: its framework version and dates, and each rater's progress as the number of
/// criteria reviewed and whether they have finished, never their ratings; from here rating is closed for moderation.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class OverviewModel(GoldenThreadDbContext db, TimeProvider time) : AssessmentPage(db, time)
{
    public IReadOnlyList<RaterProgress> Raters { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, assessmentId, "Assessment", linkToOverview: false, cancellationToken)) return NotFound();
        Title = Assessment.Name;
        Raters = await AssessmentRatings.ProgressAsync(Db, Assessment, cancellationToken);
        return Page();
    }
}
