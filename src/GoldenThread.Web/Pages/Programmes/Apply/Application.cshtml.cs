using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// The team's view of its application. A draft shows its sections and which are done, for whoever may change it, with
/// the way on; a submitted or withdrawn one shows what was sent and, once the round has published its outcomes, the
/// decision and the feedback (never the operator's rationale).
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ApplicationModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    [TempData] public string? Done { get; set; }

    public bool MayChange { get; private set; }
    public bool MayWithdraw { get; private set; }
    public ApplicationDecision? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, applicationId, "Application", cancellationToken)) return NotFound();
        Title = Named(Application);
        // The application is the page itself, not a step above it.
        Breadcrumbs = Breadcrumbs.SkipLast(1).ToList();
        (MayChange, MayWithdraw) = (User.MayChange(Code, Application), User.MayWithdraw(Code, Application));
        Outcome = ApplicationTeam.PublishedOutcome(Round, Application, Time.GetUtcNow());
        return Page();
    }

    public string ResumeHref => ApplyJourney.Resume(Code, Application.Id, Answers);
}
