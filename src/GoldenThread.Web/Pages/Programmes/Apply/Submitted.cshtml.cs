using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>The confirmation after submitting: the reference, whether the application is eligible as things stand, and what happens next.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class SubmittedModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    public bool Eligible { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, applicationId, "Application submitted", cancellationToken)) return NotFound();
        if (Application.State != ApplicationState.Submitted) return Redirect(ApplicationHref);
        var eligibility = await RoundEligibility.EvaluateAsync(Db, Round.Id, Time.GetUtcNow(), cancellationToken);
        Eligible = eligibility?[Application.Id]?.Eligible == true;
        return Page();
    }
}
