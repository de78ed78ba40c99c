using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>Closes rating, after asking: the assessment moves from open to moderating, and raters can change nothing more.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class CloseModel(GoldenThreadDbContext db, TimeProvider time) : AssessmentPage(db, time)
{
    [BindProperty] public int Version { get; set; }
    public IReadOnlyList<RaterProgress> Raters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, assessmentId, cancellationToken)) return NotFound();
        if (Assessment.State != AssessmentState.Open) return Redirect(OverviewHref);
        Version = Assessment.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, assessmentId, cancellationToken)) return NotFound();
        var assessment = await Db.Assessments.SingleAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment.State != AssessmentState.Open) return Redirect(OverviewHref);
        assessment.State = AssessmentState.Moderating;
        if (!await Db.SaveIfUnchangedAsync(assessment, Version, cancellationToken))
        {
            await LoadAsync(code, assessmentId, cancellationToken);
            Version = Assessment.Version;
            this.AddError("", string.Format(Versions.StaleMessage, "assessment"));
            return Page();
        }
        TempData["Done"] = $"Rating has closed for {assessment.Name}. The leadership team can now moderate the ratings";
        return Redirect(OverviewHref);
    }

    private async Task<bool> LoadAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, assessmentId, "Close rating", linkToOverview: true, cancellationToken)) return false;
        Raters = await AssessmentRatings.ProgressAsync(Db, Assessment, cancellationToken);
        return true;
    }
}
