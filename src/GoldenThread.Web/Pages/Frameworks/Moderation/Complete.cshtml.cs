using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>
/// Completing an assessment: once every criterion it rates has a moderated rating, the leadership team confirms the
/// results, the assessment becomes Completed, and nothing about it changes after.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class CompleteModel(GoldenThreadDbContext db, TimeProvider time) : ModerationPage(db, time)
{
    [BindProperty] public int Version { get; set; }

    /// <summary>Why the assessment cannot be completed now; null when it can.</summary>
    public string? Blocker => Refusal ?? Moderation.Unmoderated.Count switch
    {
        0 => null,
        1 => "1 criterion is not moderated yet: moderate it before completing the assessment",
        var n => $"{n} criteria are not moderated yet: moderate them before completing the assessment",
    };

    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, assessmentId, "Complete the assessment", cancellationToken)) return NotFound();
        Within("Results", ResultsHref);
        Version = Assessment.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, assessmentId, "Complete the assessment", cancellationToken)) return NotFound();
        if (Blocker is { } blocker)
        {
            this.AddError("", blocker);
            return Page();
        }
        var assessment = await Db.Assessments.SingleAsync(a => a.Id == assessmentId, cancellationToken);
        (assessment.State, assessment.CompletedAt) = (AssessmentState.Completed, Time.GetUtcNow());
        if (await Db.SaveIfUnchangedAsync(assessment, Version, cancellationToken))
        {
            Done = $"{assessment.Name} completed";
            return Redirect(ResultsHref);
        }
        this.AddError("", string.Format(Versions.StaleMessage, "assessment"));
        Version = (await Db.Assessments.AsNoTracking().SingleAsync(a => a.Id == assessmentId, cancellationToken)).Version;
        return Page();
    }
}
