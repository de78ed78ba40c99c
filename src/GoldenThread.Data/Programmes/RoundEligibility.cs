using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Programmes;

/// <summary>
/// A round's eligibility as it stands: its submitted applications (withdrawn ones left out, drafts too unless one is
/// asked about) through the eligibility engine under the round's current settings. Nothing is stored, so a change of
/// settings re-runs eligibility by being read again.
/// </summary>
/// <param name="Results">Each application's result, by the application's stored id.</param>
/// <param name="Applications">The applications evaluated, by stored id, with their system's code.</param>
public sealed record RoundEligibility(
    ProgrammeRound Round, IReadOnlyDictionary<Guid, EligibilityResult> Results, IReadOnlyDictionary<Guid, RoundEligibility.Entry> Applications)
{
    public sealed record Entry(TeamApplication Application, string SystemCode);

    public EligibilityResult? this[Guid applicationId] => Results.GetValueOrDefault(applicationId);

    public IEnumerable<Entry> Eligible => Applications.Values.Where(e => Results[e.Application.Id].Eligible);

    /// <summary>
    /// The round's eligibility; with <paramref name="draftId"/>, that draft as if submitted at <paramref name="now"/>
    /// (what its team would get by submitting now). Null when the round is not there. Reads untracked.
    /// </summary>
    public static async Task<RoundEligibility?> EvaluateAsync(GoldenThreadDbContext db, Guid roundId, DateTimeOffset now,
        CancellationToken cancellationToken, Guid? draftId = null)
    {
        var round = await db.ProgrammeRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null) return null;
        var rows = await db.TeamApplications.AsNoTracking()
            .Where(a => a.RoundId == roundId && (a.State == ApplicationState.Submitted || a.Id == draftId))
            .Join(db.Systems, a => a.SystemId, s => s.Id, (a, s) => new { Application = a, s.Code })
            .ToListAsync(cancellationToken);
        return Of(round, [.. rows.Select(r => new Entry(r.Application, r.Code))], now);
    }

    /// <summary>The eligibility of <paramref name="entries"/> under <paramref name="round"/>'s settings.</summary>
    public static RoundEligibility Of(ProgrammeRound round, IReadOnlyList<Entry> entries, DateTimeOffset now)
    {
        var ordered = entries.OrderBy(e => e.Application.SubmittedAt ?? now).ThenBy(e => e.Application.Reference, StringComparer.Ordinal).ToList();
        var results = Eligibility.Evaluate(round.Settings(), [.. ordered.Select(e => e.Application.ForEligibility(e.SystemCode, now))]);
        return new RoundEligibility(round,
            ordered.Select((e, i) => (e.Application.Id, Result: results[i])).ToDictionary(x => x.Id, x => x.Result),
            ordered.ToDictionary(e => e.Application.Id));
    }
}
