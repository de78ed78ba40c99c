using GoldenThread.Data.Access;
using GoldenThread.Data.Network;
using GoldenThread.Interchange;
using GoldenThread.Measures;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Measures;

public class MeasureStoreTests
{
    private static Measure Admissions(NetworkEntities network) => new()
    {
        SystemId = network.System.Id,
        Name = "Admissions from care homes",
        Unit = "admissions",
        Direction = ImprovementDirection.Decrease,
        Target = 40.5,
        OwnerPersonId = network.People[0].Id,
        BodyId = network.Bodies[0].Id,
        Rebase = [new DateOnly(2024, 3, 1)],
        FixAfterPoints = 12,
    };

    private static IEnumerable<MeasurePoint> Points(Measure measure, params double[] values) =>
        values.Select((v, i) => new MeasurePoint { SystemId = measure.SystemId, MeasureId = measure.Id, Date = new DateOnly(2024, 1, 1).AddMonths(i), Value = v });

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_MeasureWithPointsAndNote_ReadsBackTheSameSeries(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        var measure = Admissions(a);
        await using (var db = TestContexts.Open(database, SystemScope.Of([a.System.Id])))
        {
            db.Measures.Add(measure);
            db.MeasurePoints.AddRange(Points(measure, 52, 49.5, 47, 51));
            db.MeasureAnnotations.Add(new MeasureAnnotation { SystemId = a.System.Id, MeasureId = measure.Id, Date = new DateOnly(2024, 3, 1), Text = "Pathway launched" });
            await db.SaveChangesAsync();
        }

        await using var check = TestContexts.Open(database, SystemScope.Of([a.System.Id]));
        var stored = await check.Measures.AsNoTracking().SingleAsync();
        var series = stored.Series(await check.MeasurePoints.Where(p => p.MeasureId == stored.Id).ToListAsync());

        Assert.Equal((ImprovementDirection.Decrease, 40.5, 12, true), (stored.Direction, stored.Target, stored.FixAfterPoints, stored.ScreenOutliers));
        Assert.Equal([new DateOnly(2024, 3, 1)], series.Rebase);
        Assert.Equal([52, 49.5, 47, 51], series.Values);
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1), new DateOnly(2024, 4, 1)], series.Dates);
        Assert.Equal("Pathway launched", (await check.MeasureAnnotations.SingleAsync()).Text);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Query_ScopedToOneSystem_SeesOnlyThatSystemsMeasuresAndPoints(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            foreach (var network in new[] { a, b })
            {
                var measure = Admissions(network);
                db.Measures.Add(measure);
                db.MeasurePoints.AddRange(Points(measure, 1, 2, 3));
            }
            await db.SaveChangesAsync();
        }

        await using var scoped = TestContexts.Open(database, SystemScope.Of([b.System.Id]));

        Assert.Equal([b.System.Id], await scoped.Measures.Select(m => m.SystemId).ToListAsync());
        Assert.Equal(3, await scoped.MeasurePoints.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_SecondValueForTheSameDate_IsRefused(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        var measure = Admissions(a);
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.Measures.Add(measure);
            db.MeasurePoints.AddRange(Points(measure, 10));
            await db.SaveChangesAsync();
        }
        await using var again = TestContexts.Open(database, SystemScope.Unrestricted);

        again.MeasurePoints.AddRange(Points(measure, 11));

        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Delete_MeasureWithItsPoints_AuditsEachRowRemoved(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        var measure = Admissions(a);
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.Measures.Add(measure);
            db.MeasurePoints.AddRange(Points(measure, 10, 12));
            await db.SaveChangesAsync();
        }
        await using (var db = TestContexts.Open(database, SystemScope.Of([a.System.Id])))
        {
            var stored = await db.Measures.SingleAsync();
            await db.MeasurePoints.Where(p => p.MeasureId == stored.Id).LoadAsync();
            db.Measures.Remove(stored);
            await db.SaveChangesAsync();
        }

        await using var check = TestContexts.Open(database, SystemScope.Unrestricted);
        var deletions = await check.AuditEntries.Where(e => e.Action == "delete").Select(e => e.Entity).ToListAsync();
        Assert.Equal(["Measure", "MeasurePoint", "MeasurePoint"], deletions.Order());
        Assert.Equal(0, await check.MeasurePoints.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task StageDeletion_OwnerOfAMeasure_KeepsTheMeasureWithoutAnOwnerAndSaysSo(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        var measure = Admissions(a);
        var owner = a.People[0];
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.Measures.Add(measure);
            await db.SaveChangesAsync();
        }
        IReadOnlyList<string> consequences;
        await using (var db = TestContexts.Open(database, SystemScope.Of([a.System.Id])))
        {
            // The tiny network's first person holds memberships and posts; end those first, as the register asks.
            db.Memberships.RemoveRange(db.Memberships.Where(m => m.PersonId == owner.Id));
            foreach (var post in db.Posts.Include(p => p.Successors).Where(p => p.HolderPersonId == owner.Id)) post.HolderPersonId = null;
            foreach (var post in db.Posts.Include(p => p.Successors)) post.Successors.RemoveAll(s => s.PersonId == owner.Id);
            consequences = await RegisterDeletion.StageAsync(db, await db.People.SingleAsync(p => p.Id == owner.Id), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using var check = TestContexts.Open(database, SystemScope.Unrestricted);
        Assert.Null((await check.Measures.SingleAsync()).OwnerPersonId);
        Assert.Contains($"The measure Admissions from care homes no longer has {owner.Name} as its owner", consequences);
    }
}
