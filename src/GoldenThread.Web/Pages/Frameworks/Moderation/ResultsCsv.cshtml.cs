using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>The moderated results as CSV, one row per criterion the assessment rates (see <see cref="ResultsCsv"/>).</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class ResultsCsvModel(GoldenThreadDbContext db, TimeProvider time) : ModerationPage(db, time)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, assessmentId, "Results", cancellationToken)) return NotFound();
        // Rating still open: the results page says why there are none yet.
        if (Assessment.State == GoldenThread.Frameworks.AssessmentState.Open) return Redirect(ResultsHref);
        return Download(ResultsCsv.Write(Moderation), $"{Code}-assessment-{Assessment.Id}-results.csv");
    }
}
