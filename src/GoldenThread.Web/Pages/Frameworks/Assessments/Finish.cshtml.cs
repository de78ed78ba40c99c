using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>
/// The rater's answers on one page, each with a link to change it, then "I have finished": the leadership team sees they
/// have finished, and they may still change ratings while the assessment is open.
/// </summary>
[Authorize(Policy = Policies.AssessmentRater)]
public sealed class FinishModel(GoldenThreadDbContext db, TimeProvider time) : RaterPage(db, time)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, CancellationToken cancellationToken) =>
        await EnterAsRaterAsync(code, assessmentId, "Check your ratings", cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsRaterAsync(code, assessmentId, "Check your ratings", cancellationToken)) return NotFound();
        if (WhyNotRating is { } why)
        {
            this.AddError("", why);
            return Page();
        }
        var unrated = Assessment.CriterionIds.Count - Reviewed;
        if (unrated > 0)
        {
            this.AddError("", $"Rate every criterion before you say you have finished: {unrated} {(unrated == 1 ? "is" : "are")} not rated yet. Choose not applicable, with why, for one that does not apply");
            return Page();
        }
        var rater = await Db.AssessmentRaters.SingleAsync(r => r.Id == Rater.Id, cancellationToken);
        rater.SubmittedAt ??= Time.GetUtcNow();
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = "Thank you: you have finished rating. You can still change your ratings until rating closes";
        return Redirect(RateHref);
    }
}
