using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// Telling the teams their outcomes: once every submitted application has a decision and feedback and the selection
/// keeps the round's rules, the round's outcomes are published and each selected team becomes a learning set in its
/// system at that moment, not at selection, so that a system sees its set when its team is told and a decision can
/// still change until then. Decisions are saved with the round held (<see cref="HoldRoundAsync"/>), so a change of
/// decisions and a publication made at the same moment cannot both succeed.
/// </summary>
public static class OutcomesPublication
{
    public sealed record Outcome(IReadOnlyList<string> Problems, int SetsFormed);

    /// <summary>
    /// The round, tracked and marked changed so that saving moves its version: the save fails if anyone else saved
    /// decisions or published since it was read here. Null when there is no such round.
    /// </summary>
    public static async Task<ProgrammeRound?> HoldRoundAsync(GoldenThreadDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var round = await db.ProgrammeRounds.SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is not null) db.Entry(round).State = EntityState.Modified;
        return round;
    }

    /// <summary>Publishes the round's outcomes, or says what stops it; null when there is no such round.</summary>
    public static async Task<Outcome?> PublishAsync(GoldenThreadDbContext db, Guid roundId, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await HoldRoundAsync(db, roundId, cancellationToken) is not { } round) return null;
        if (await RoundSelection.ReadAsync(db, roundId, now, cancellationToken) is not { } selection) return null;
        if (selection.PublishProblems() is { Count: > 0 } problems) return new Outcome(problems, 0);
        round.OutcomesPublishedAt = now;
        var selectedIds = selection.Selected.ToList();
        var selected = await db.TeamApplications.Where(a => selectedIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var formed = await FormLearningSetsAsync(db, selected, UkTime.Today(time), now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new Outcome(["Someone else changed the round's decisions or published its outcomes at the same moment. Check the selection and publish again"], 0);
        }
        return new Outcome([], formed);
    }

    /// <summary>
    /// Stages a learning set for each of the tracked <paramref name="applications"/> that has none yet, and answers how
    /// many were staged: one application never becomes two sets.
    /// </summary>
    public static async Task<int> FormLearningSetsAsync(GoldenThreadDbContext db, IReadOnlyList<TeamApplication> applications,
        DateOnly formedOn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = applications.Select(a => a.Id).ToList();
        var existing = await db.LearningSets.Where(s => s.ApplicationId != null && ids.Contains(s.ApplicationId.Value))
            .ToDictionaryAsync(s => s.ApplicationId!.Value, s => s.Id, cancellationToken);
        var named = applications.SelectMany(a => a.Content.Members).Select(m => m.PersonId).OfType<Guid>().Distinct().ToList();
        var people = await db.People.Where(p => named.Contains(p.Id)).Select(p => new { p.Id, p.SystemId }).ToListAsync(cancellationToken);
        var formed = 0;
        foreach (var application in applications)
        {
            if (existing.TryGetValue(application.Id, out var setId))
            {
                application.LearningSetId = setId;
                continue;
            }
            var register = people.Where(p => p.SystemId == application.SystemId).Select(p => p.Id).ToHashSet();
            db.AddRange(LearningSetFormation.Form(application, register, formedOn, now).Rows);
            formed++;
        }
        return formed;
    }
}
