using GoldenThread.Data.Interchange;
using GoldenThread.Data.Network;
using GoldenThread.Representation;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Representation;

/// <summary>
/// A system's representation history: a <see cref="FindingSnapshot"/> of each evaluation the leadership team runs and of
/// each night's, and what opened and closed from one snapshot to the next.
/// </summary>
/// <remarks>
/// Snapshots are not in the audit trail: they are derived from rows whose every change is audited already, they name who
/// took them, and they are never changed; a nightly entry per system would bury the edits the audit log is read for.
/// </remarks>
public sealed class FindingHistory(TimeProvider time)
{
    /// <summary>
    /// Keeps the findings of <paramref name="run"/> as taken now by <paramref name="takenBy"/> (a display name) and saves.
    /// When the system's last snapshot is the same person's, for the same date, under <see cref="FindingSnapshot.ReRunInterval"/>
    /// ago and with identical findings, nothing is stored; either way the answer is the snapshot that holds these findings.
    /// </summary>
    public async Task<FindingSnapshot> RecordAsync(GoldenThreadDbContext db, RepresentationRun run, string takenBy, CancellationToken cancellationToken)
    {
        var snapshot = FindingSnapshot.Of(run.SystemId, run.Network, run.On, run.Findings, takenBy, time.GetUtcNow());
        var last = await db.FindingSnapshots.AsNoTracking().Where(s => s.SystemId == run.SystemId)
            .OrderByDescending(s => s.TakenAt).FirstOrDefaultAsync(cancellationToken);
        if (last is not null && snapshot.Repeats(last)) return last;
        db.FindingSnapshots.Add(snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return snapshot;
    }

    /// <summary>
    /// Evaluates the system on <paramref name="night"/> and keeps its nightly snapshot, unless that night has one already
    /// (the app restarted, or another instance of it got there first: the system's row is locked while this checks and
    /// writes). Whether it recorded one.
    /// </summary>
    public async Task<bool> RecordNightAsync(GoldenThreadDbContext db, string code, DateOnly night, CancellationToken cancellationToken)
    {
        // Usually the night is kept already (a restart, another instance): say so without locking anything.
        if (await db.Systems.IdOfAsync(code, cancellationToken) is not { } systemId || await HasNightAsync(db, systemId, night, cancellationToken))
            return false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await NetworkImport.LockSystemAsync(db, code, cancellationToken) || await HasNightAsync(db, systemId, night, cancellationToken))
            return false;
        if (await RepresentationRun.EvaluateAsync(db, code, night, candidates: false, cancellationToken) is not { } run) return false;
        db.FindingSnapshots.Add(FindingSnapshot.Of(run.SystemId, run.Network, run.On, run.Findings, FindingSnapshot.Nightly, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static Task<bool> HasNightAsync(GoldenThreadDbContext db, Guid systemId, DateOnly night, CancellationToken cancellationToken) =>
        db.FindingSnapshots.AnyAsync(s => s.SystemId == systemId && s.On == night && s.TakenBy == FindingSnapshot.Nightly, cancellationToken);

    /// <summary>One snapshot, and what opened and closed since the one before it (none before: <see cref="ComparedWith"/> is null).</summary>
    public sealed record Entry(Guid Id, DateTimeOffset TakenAt, DateOnly On, string TakenBy, int Gaps, int Warnings,
        Guid? ComparedWith, IReadOnlyList<RecordedFinding> Opened, IReadOnlyList<RecordedFinding> Closed);

    /// <summary>The system's snapshots newest first, <paramref name="take"/> after the first <paramref name="skip"/>, and how many there are.</summary>
    public static async Task<(IReadOnlyList<Entry> Entries, int Total)> ReadAsync(GoldenThreadDbContext db, Guid systemId, int skip, int take,
        CancellationToken cancellationToken)
    {
        var snapshots = db.FindingSnapshots.AsNoTracking().Where(s => s.SystemId == systemId);
        var total = await snapshots.CountAsync(cancellationToken);
        // One more than the page, so the page's oldest snapshot is compared with the one before it too.
        var rows = await snapshots.OrderByDescending(s => s.TakenAt).ThenByDescending(s => s.Id)
            .Skip(skip).Take(take + 1).ToListAsync(cancellationToken);
        var entries = rows.Take(take).Select((snapshot, i) =>
        {
            var before = i + 1 < rows.Count ? rows[i + 1] : null;
            var changes = before is null ? new FindingChanges([], []) : snapshot.ChangesSince(before);
            return new Entry(snapshot.Id, snapshot.TakenAt, snapshot.On, snapshot.TakenBy, snapshot.Gaps, snapshot.Warnings,
                before?.Id, changes.Opened, changes.Closed);
        }).ToList();
        return (entries, total);
    }
}
