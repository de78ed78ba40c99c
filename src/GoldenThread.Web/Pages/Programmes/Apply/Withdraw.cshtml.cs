using GoldenThread.Web.Shell;
using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>Withdrawing a submitted application before a decision, after "Are you sure?"; it then leaves eligibility, review and selection.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class WithdrawModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, applicationId, "Withdraw the application", cancellationToken)) return NotFound();
        if (!User.MayWithdraw(Code, Application)) return Redirect(ApplicationHref);
        Title = $"Are you sure you want to withdraw {Named(Application)}?";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, applicationId, "Withdraw the application", cancellationToken)) return NotFound();
        if (!User.MayWithdraw(Code, Application))
            return Application.State == ApplicationState.Submitted && Application.Decision == ApplicationDecision.Undecided ? Forbid() : Redirect(ApplicationHref);
        (Application.State, Application.UpdatedAt) = (ApplicationState.Withdrawn, Time.GetUtcNow());
        if (await Db.SaveIfUnchangedAsync(Application, Application.Version, cancellationToken))
            TempData["Done"] = $"{Application.Reference} withdrawn";
        return Redirect(ApplicationHref);
    }
}
