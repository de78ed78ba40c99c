using GoldenThread.Audit;
using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>
/// A round at a glance for its operator: dates and state, the rules, the systems and their priority areas, how many
/// teams applied and are eligible, the way to each stage of the round, and every change made to it since it opened.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class OverviewModel(GoldenThreadDbContext db, TimeProvider time) : RoundPage
{
    public sealed record SystemRow(RoundSystem System, string? Name, string? Region, int Submitted, int Eligible);

    public RoundStatus Status { get; private set; } = null!;
    public RoundCounts Counts { get; private set; } = null!;
    public IReadOnlyList<SystemRow> Systems { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Changes { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(db, roundId, "", cancellationToken)) return NotFound();
        Title = Round.Name;
        Breadcrumbs = Breadcrumbs.SkipLast(1).ToList();
        Status = RoundStatus.Of(Round, UkTime.Today(time));
        var eligibility = (await RoundEligibility.EvaluateAsync(db, roundId, time.GetUtcNow(), cancellationToken))!;
        var withdrawn = await RoundCounts.WithdrawnAsync(db, [roundId], cancellationToken);
        Counts = RoundCounts.Of(eligibility, withdrawn.GetValueOrDefault(roundId));
        var codes = Round.Systems.Select(s => s.Code).ToList();
        var records = await db.Systems.AsNoTracking().Where(s => codes.Contains(s.Code))
            .ToDictionaryAsync(s => s.Code, s => (s.Name, s.Region), cancellationToken);
        var bySystem = eligibility.Applications.Values.ToLookup(e => e.SystemCode);
        Systems = [.. Round.Systems.Select(s => new SystemRow(s, records.GetValueOrDefault(s.Code).Name, records.GetValueOrDefault(s.Code).Region,
            bySystem[s.Code].Count(), bySystem[s.Code].Count(e => eligibility.Results[e.Application.Id].Eligible)))];
        var id = roundId.ToString();
        Changes = await db.AuditEntries.AsNoTracking()
            .Where(a => a.SystemId == null && a.Entity == nameof(ProgrammeRound) && a.EntityId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The stages of a round, each its own page.</summary>
    public IReadOnlyList<(string Text, string Href, string Hint)> Stages =>
    [
        ("Applications", "applications", "Every submitted application, eligible or not, criterion by criterion"),
        ("Import applications", "import", "Add applications from an APPLICATIONS.json file"),
        ("Review", "review", "Assign reviewers to eligible applications, avoiding conflicts"),
        ("Review results", "review/results", "Scores, their spread, reviewers' harshness and moderation"),
        ("Selection", "selection", "Select teams within the caps and record the decisions"),
        ("Summary", "summary", "The anonymised summary of the round, to publish"),
    ];
}
