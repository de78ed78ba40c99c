using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// The system's side of the national programme: the rounds it may apply to today, and its teams' applications with
/// where each stands (the outcome once the round has published it), each draft with the way back into it.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ListModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public sealed record OpenRound(Guid Id, string Name, string? Description, DateOnly ClosesOn);

    /// <param name="ResumeHref">Where a draft's team carries on, for someone who may change it.</param>
    public sealed record Row(Guid Id, string Reference, string TeamName, string Round, ApplicationState State,
        DateTimeOffset? SubmittedAt, ApplicationDecision? Outcome, string? ResumeHref);

    public string Code { get; private set; } = "";
    [TempData] public string? Done { get; set; }
    public IReadOnlyList<OpenRound> Rounds { get; private set; } = [];
    public IReadOnlyList<Row> Applications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Programmes", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        var today = UkDate.Today(time);
        // The systems a round includes are a JSON column: the dates narrow in SQL, the system in memory.
        var open = await db.ProgrammeRounds.AsNoTracking()
            .Where(r => r.State == RoundState.Open && r.OpensOn <= today && r.ClosesOn >= today)
            .OrderBy(r => r.ClosesOn).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        Rounds = [.. open.Where(r => r.TakesApplications(today) && Includes(r, Code)).Select(r => new OpenRound(r.Id, r.Name, r.Description, r.ClosesOn))];

        var now = time.GetUtcNow();
        var applications = await db.TeamApplications.AsNoTracking().Where(a => a.SystemId == system.Id)
            .Join(db.ProgrammeRounds, a => a.RoundId, r => r.Id, (a, r) => new { Application = a, Round = r })
            .OrderByDescending(x => x.Application.CreatedAt).ToListAsync(cancellationToken);
        Applications = [.. applications.Select(x => new Row(x.Application.Id, x.Application.Reference, x.Application.Content.TeamName.Trim(),
            x.Round.Name, x.Application.State, x.Application.SubmittedAt, ApplicationTeam.PublishedOutcome(x.Round, x.Application, now),
            User.MayChange(Code, x.Application) ? ApplyJourney.Resume(Code, x.Application.Id, x.Application.Content) : null))];
        return Page();
    }

    public static bool Includes(ProgrammeRound round, string code) =>
        round.Systems.Any(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
}
