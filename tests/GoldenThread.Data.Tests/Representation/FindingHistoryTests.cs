using GoldenThread.Data.Access;
using GoldenThread.Interchange;
using GoldenThread.Representation;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Representation;

public class FindingHistoryTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private readonly FixedTimeProvider clock = new(Noon);

    private static async Task<TestDatabase> Seeded(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        await db.Database.MigrateAsync();
        // The place board feeds into nothing, so there is a warning (R-FEEDS-INTO) among the gaps.
        var tiny = TinyNetwork.Document("QAA");
        db.AddRange(NetworkEntities.From(tiny with { Bodies = [tiny.Bodies[0], tiny.Bodies[1] with { FeedsInto = [] }] }).AllRows());
        db.AddRange(NetworkEntities.From(TinyNetwork.Document("QBB", "NHS Second Vale ICB")).AllRows());
        await db.SaveChangesAsync();
        return database;
    }

    private GoldenThreadDbContext Open(TestDatabase database) => TestContexts.Open(database, SystemScope.Unrestricted, time: clock);

    private async Task<RepresentationRun> Evaluate(TestDatabase database, string code = "QAA", DateOnly? on = null)
    {
        await using var db = Open(database);
        return (await RepresentationRun.EvaluateAsync(db, code, on ?? Today, candidates: false, CancellationToken.None))!;
    }

    private async Task<FindingSnapshot> Record(TestDatabase database, RepresentationRun run, string takenBy)
    {
        await using var db = Open(database);
        return await new FindingHistory(clock).RecordAsync(db, run, takenBy, CancellationToken.None);
    }

    private async Task<List<FindingSnapshot>> Stored(TestDatabase database)
    {
        await using var db = Open(database);
        return await db.FindingSnapshots.OrderBy(s => s.TakenAt).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_Run_KeepsEveryFindingWithItsBodyNameAndCounts(string provider)
    {
        await using var database = await Seeded(provider);
        var run = await Evaluate(database);

        await Record(database, run, "Lee Leader");

        var stored = Assert.Single(await Stored(database));
        Assert.Equal((run.SystemId, Today, "Lee Leader", Noon), (stored.SystemId, stored.On, stored.TakenBy, stored.TakenAt));
        Assert.Equal(run.Findings.Select(f => (f.Rule, f.Severity.Code(), f.BodyId, f.Subject, f.Key, f.Message)),
            stored.Findings.Select(f => (f.Rule, f.Severity, f.BodyId, f.Subject, f.Key, f.Message)));
        Assert.Equal(run.Findings.Count(f => f.Severity == Severity.Gap), stored.Gaps);
        Assert.Equal(run.Findings.Count(f => f.Severity == Severity.Warning), stored.Warnings);
        Assert.True(stored.Gaps > 0 && stored.Warnings > 0, "the tiny network has gaps and warnings to keep");
        var board = run.Network.Bodies.Values.Single(b => b.Kind == "icb-board");
        Assert.Contains(stored.Findings, f => f.BodyId == board.Id && f.BodyName == "Test Vale ICB board");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_SamePersonAgainSoonWithSameFindings_StoresNothingNew(string provider)
    {
        await using var database = await Seeded(provider);
        var run = await Evaluate(database);
        var first = await Record(database, run, "Lee Leader");

        clock.Now = Noon + FindingSnapshot.ReRunInterval; // the interval's last moment still counts as a re-run
        var again = await Record(database, run, "Lee Leader");

        Assert.Equal(first.Id, again.Id);
        Assert.Single(await Stored(database));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_AnythingDifferentFromTheLastSnapshot_StoresANewOne(string provider)
    {
        await using var database = await Seeded(provider);
        var run = await Evaluate(database);
        await Record(database, run, "Lee Leader");

        await Record(database, run, "Ada Admin");                                        // someone else
        await Record(database, run, "Ada Admin");                                        // (a re-run: not stored)
        await Record(database, run with { Findings = run.Findings.Skip(1).ToList() }, "Ada Admin"); // different findings
        await Record(database, await Evaluate(database, on: Today.AddYears(-3)), "Ada Admin");      // another date
        clock.Now = Noon + FindingSnapshot.ReRunInterval + TimeSpan.FromSeconds(1);
        await Record(database, await Evaluate(database, on: Today.AddYears(-3)), "Ada Admin");      // later than a re-run

        Assert.Equal(["Lee Leader", "Ada Admin", "Ada Admin", "Ada Admin", "Ada Admin"], (await Stored(database)).Select(s => s.TakenBy));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_NeverWritesTheAuditTrail(string provider)
    {
        await using var database = await Seeded(provider);
        int before;
        await using (var db = Open(database)) before = await db.AuditEntries.CountAsync();

        await Record(database, await Evaluate(database), "Lee Leader");

        await using (var db = Open(database)) Assert.Equal(before, await db.AuditEntries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RecordNight_SameNightTwice_KeepsOneSnapshotPerSystem(string provider)
    {
        await using var database = await Seeded(provider);
        var history = new FindingHistory(clock);

        var recorded = new List<bool>();
        foreach (var night in new[] { Today, Today, Today.AddDays(1) })
            foreach (var code in new[] { "QAA", "QBB" })
            {
                await using var db = Open(database);
                recorded.Add(await history.RecordNightAsync(db, code, night, CancellationToken.None));
            }

        Assert.Equal([true, true, false, false, true, true], recorded);
        var stored = await Stored(database);
        Assert.Equal(4, stored.Count);
        Assert.All(stored, s => Assert.Equal(FindingSnapshot.Nightly, s.TakenBy));
        Assert.Equal([Today, Today, Today.AddDays(1), Today.AddDays(1)], stored.Select(s => s.On).Order());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Read_SecondPage_ComparesItsOldestSnapshotWithTheOneBeforeIt(string provider)
    {
        await using var database = await Seeded(provider);
        var run = await Evaluate(database);
        var (a, b, c) = (run.Findings[0], run.Findings[1], run.Findings[2]);
        // Oldest to newest: {a, b}, {b, c}, {c}, {c}; each a minute apart.
        foreach (var findings in new[] { new[] { a, b }, [b, c], [c], [c] })
        {
            await Record(database, run with { Findings = findings }, "Lee Leader");
            clock.Now += TimeSpan.FromMinutes(FindingSnapshot.ReRunInterval.TotalMinutes + 1);
        }
        await Record(database, await Evaluate(database, "QBB"), "Someone elsewhere");

        await using var db = Open(database);
        var (first, total) = await FindingHistory.ReadAsync(db, run.SystemId, 0, 2, CancellationToken.None);
        var (second, _) = await FindingHistory.ReadAsync(db, run.SystemId, 2, 2, CancellationToken.None);

        Assert.Equal(4, total);
        Assert.Equal([1, 1, 2, 2], first.Concat(second).Select(e => e.Gaps + e.Warnings));
        Assert.True(first[0].TakenAt > first[1].TakenAt && first[1].TakenAt > second[0].TakenAt, "newest first");
        Assert.Equal(first[1].Id, first[0].ComparedWith);
        Assert.Empty(first[0].Opened.Concat(first[0].Closed));                    // {c} after {c}
        Assert.Equal([b.Key], first[1].Closed.Select(f => f.Key));               // {c} after {b, c}
        Assert.Equal(second[0].Id, first[1].ComparedWith);
        Assert.Equal([c.Key], second[0].Opened.Select(f => f.Key));             // {b, c} after {a, b}
        Assert.Equal([a.Key], second[0].Closed.Select(f => f.Key));
        Assert.Null(second[1].ComparedWith);                                     // the first snapshot of all
        Assert.Empty(second[1].Opened);
    }
}
