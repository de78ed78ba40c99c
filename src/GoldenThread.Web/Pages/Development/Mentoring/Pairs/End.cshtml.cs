using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Development.Mentoring.Pairs;

/// <summary>Ends the pair's mentoring early, today, saying why; either of the two may, and the leadership team sees the reason.</summary>
[Authorize(Policy = Policies.MentoringPair)]
public sealed class EndModel(GoldenThreadDbContext db, TimeProvider time) : PairPage(db, time)
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid mentorshipId, CancellationToken cancellationToken)
    {
        if (!await EnterEndAsync(code, mentorshipId, tracked: false, cancellationToken)) return NotFound();
        if (!Active) return Redirect(PairHref);
        Version = Pair.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid mentorshipId, CancellationToken cancellationToken)
    {
        if (!await EnterEndAsync(code, mentorshipId, tracked: true, cancellationToken)) return NotFound();
        if (!Active) return Redirect(PairHref);
        if (MentoringRules.CheckEnding(Reason) is { Count: > 0 } errors)
        {
            this.AddErrors(errors, ["reason"]);
            return Page();
        }
        (Pair.Status, Pair.EndedOn, Pair.EndReason, Pair.EndedByPersonId) = (MentorshipStatus.Ended, Today, Reason!.Trim(), Me);
        if (!await Db.SaveIfUnchangedAsync(Pair, Version, cancellationToken))
        {
            this.AddError("", string.Format(Versions.StaleMessage, "pair"));
            return Page();
        }
        Done = $"Your mentoring with {Other.Name} has ended";
        return Redirect(PairHref);
    }

    private async Task<bool> EnterEndAsync(string code, Guid mentorshipId, bool tracked, CancellationToken cancellationToken)
    {
        if (!await EnterPairAsync(code, mentorshipId, "End mentoring early", tracked, cancellationToken)) return false;
        WithinPair();
        return true;
    }
}
