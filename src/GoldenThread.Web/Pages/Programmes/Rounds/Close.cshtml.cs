using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>
/// Closes a round, after which no team can submit; and reopens a closed one while its closing date has not passed and
/// no decision has been made, so closing early by mistake can be undone without letting in a team the published
/// closing date had shut out.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class CloseModel(GoldenThreadDbContext db, TimeProvider time) : RoundPage
{
    [BindProperty] public int Version { get; set; }

    public int Drafts { get; private set; }
    public int Submitted { get; private set; }
    /// <summary>Why a closed round cannot be reopened; null when it can.</summary>
    public string? CannotReopen { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, tracked: false, cancellationToken)) return NotFound();
        Version = Round.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, tracked: true, cancellationToken)) return NotFound();
        if (Round.State == RoundState.Closed) return Redirect(Href(Round.Id));
        Round.State = RoundState.Closed;
        return await SaveAsync($"{Round.Name} closed: no more applications can be submitted", cancellationToken);
    }

    public async Task<IActionResult> OnPostReopenAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, tracked: true, cancellationToken)) return NotFound();
        if (Round.State == RoundState.Open) return Redirect(Href(Round.Id));
        if (CannotReopen is not null)
        {
            this.AddError("", CannotReopen);
            return Page();
        }
        Round.State = RoundState.Open;
        return await SaveAsync($"{Round.Name} reopened: teams can submit until {UkTime.Day(Round.ClosesOn)}", cancellationToken);
    }

    private async Task<bool> EnterAsync(Guid roundId, bool tracked, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(db, roundId, "", cancellationToken, tracked)) return false;
        Title = Round.State == RoundState.Open ? $"Close {Round.Name}" : $"Reopen {Round.Name}";
        var states = await db.TeamApplications.AsNoTracking().Where(a => a.RoundId == roundId)
            .GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        (Drafts, Submitted) = (states.GetValueOrDefault(ApplicationState.Draft), states.GetValueOrDefault(ApplicationState.Submitted));
        var decided = await db.TeamApplications.AnyAsync(a => a.RoundId == roundId && a.Decision != ApplicationDecision.Undecided, cancellationToken);
        CannotReopen = Round.ClosesOn < UkTime.Today(time)
            ? $"The round’s closing date, {UkTime.Day(Round.ClosesOn)}, has passed: reopening it would let teams apply after the date they were all given"
            : decided || Round.OutcomesPublishedAt is not null
                ? "Decisions have been made on the round’s applications: it cannot take more"
                : null;
        return true;
    }

    private Task<IActionResult> SaveAsync(string done, CancellationToken cancellationToken) =>
        SaveEditAsync(db, Round, Version, "round",
            () => db.ProgrammeRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == Round.Id, cancellationToken),
            current => (Round, Version) = (current, current.Version), done, Href(Round.Id), cancellationToken);
}
