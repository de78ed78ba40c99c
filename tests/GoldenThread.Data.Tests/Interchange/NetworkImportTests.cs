using GoldenThread.Access;
using GoldenThread.Data.Access;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Interchange;

public class NetworkImportTests
{
    private static async Task<TestDatabase> EmptyStore(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        await db.Database.MigrateAsync();
        return database;
    }

    private static async Task<NetworkChanges?> Import(TestDatabase database, NetworkDocument document)
    {
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        var changes = await NetworkImport.StageAsync(db, document, mayCreateSystem: true, CancellationToken.None);
        await db.SaveChangesAsync();
        return changes;
    }

    private static async Task<string> Export(TestDatabase database, string code = "QAA")
    {
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        return NetworkFile.Write((await NetworkStore.ExportAsync(db, code, CancellationToken.None))!);
    }

    private static string FileOf(NetworkDocument document) => NetworkFile.Write(NetworkExport.Document(NetworkEntities.From(document)));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_DemoNetworkIntoEmptyStore_ReadsBackEqual(string provider)
    {
        await using var database = await EmptyStore(provider);
        var demo = DemoNetwork.Build();

        var changes = await Import(database, demo);

        Assert.True(changes!.NewSystem);
        Assert.Equal(demo.People.Count, changes.Kinds.Single(k => k.Kind == "People").Added.Count);
        Assert.Equal(FileOf(demo), await Export(database, DemoNetwork.SystemCode));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_GeneratedFiveThousandPersonSystem_ReadsBackEqualAndReimportChangesNothing(string provider)
    {
        await using var database = await EmptyStore(provider);
        var generated = NetworkGenerator.Generate(1, 5_000, seed: 7).Single();

        await Import(database, generated);
        var exported = await Export(database, generated.System.Code);
        var again = await Import(database, NetworkFile.Read(exported, Vocabularies.Default).Document!);

        Assert.Equal(FileOf(generated), exported);
        Assert.Equal(5_000, NetworkFile.Read(exported, Vocabularies.Default).Document!.People.Count);
        Assert.True(again!.ChangesNothing);
        Assert.Equal(exported, await Export(database, generated.System.Code));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_SameFileTwice_SecondChangesAndAuditsNothing(string provider)
    {
        await using var database = await EmptyStore(provider);
        await Import(database, TinyNetwork.Document("QAA"));
        int audited;
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted)) audited = await db.AuditEntries.CountAsync();

        var changes = await Import(database, TinyNetwork.Document("QAA"));

        Assert.True(changes!.ChangesNothing);
        Assert.Equal(TinyNetwork.Document("QAA").People.Count, changes.Kinds.Single(k => k.Kind == "People").Unchanged);
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted)) Assert.Equal(audited, await db.AuditEntries.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Stage_EditedFile_DescribesEachChangeAndWritesNothing(string provider)
    {
        await using var database = await EmptyStore(provider);
        await Import(database, TinyNetwork.Document("QAA"));
        var before = await Export(database);

        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        var changes = await NetworkImport.StageAsync(db, Edited(), mayCreateSystem: false, CancellationToken.None);

        var people = changes!.Kinds.Single(k => k.Kind == "People");
        Assert.Equal(["Cara Dunn"], people.Added);
        Assert.Equal([new ChangedRow("Ada Brook", ["fte"])], people.Changed, new ChangedRowComparer());
        Assert.Equal(["Riverton place board"], changes.Kinds.Single(k => k.Kind == "Bodies").Removed);
        Assert.Equal(["Ben Carter on Riverton place board from 1 July 2022"], changes.Kinds.Single(k => k.Kind == "Memberships").Removed);
        Assert.Equal(["Riverton place board feeds into Test Vale ICB board"], changes.Kinds.Single(k => k.Kind == "Feeds into").Removed);
        Assert.Equal(before, await Export(database));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_EditedFile_KeepsIdsOfKeptRowsAndEndsRolesOnRemovedBodies(string provider)
    {
        await using var database = await EmptyStore(provider);
        await Import(database, TinyNetwork.Document("QAA"));
        Guid adaId, boardId, placeBoardId;
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            adaId = await db.People.Where(p => p.Name == "Ada Brook").Select(p => p.Id).SingleAsync();
            boardId = await db.Bodies.Where(b => b.Name == "Test Vale ICB board").Select(b => b.Id).SingleAsync();
            placeBoardId = await db.Bodies.Where(b => b.Name == "Riverton place board").Select(b => b.Id).SingleAsync();
            var account = new Account { UserName = "sec@example.org", Email = "sec@example.org", DisplayName = "Sec Retary" };
            db.Users.Add(account);
            db.RoleAssignments.Add(new RoleAssignment { AccountId = account.Id, Role = Roles.BodySecretary, SystemId = await db.Systems.Select(s => s.Id).SingleAsync(), BodyId = placeBoardId });
            await db.SaveChangesAsync();
        }

        var changes = await Import(database, Edited());

        Assert.Equal(["Sec Retary stops being body secretary of Riverton place board"], changes!.Consequences);
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            Assert.Equal(0.6m, (await db.People.SingleAsync(p => p.Id == adaId)).Fte);
            Assert.True(await db.Bodies.AnyAsync(b => b.Id == boardId));
            Assert.False(await db.RoleAssignments.AnyAsync(r => r.BodyId == placeBoardId));
            Assert.Equal("update", (await db.AuditEntries.SingleAsync(e => e.EntityId == adaId.ToString() && e.Action != "insert")).Action);
        }
        Assert.Equal(FileOf(Edited()), await Export(database));
        Assert.Equal(NetworkFile.Fingerprint(NetworkFile.Read(await Export(database), Vocabularies.Default).Document!), changes.After);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_StoreChangedUnderneathBeforeSave_WritesNothing(string provider)
    {
        await using var database = await EmptyStore(provider);
        await Import(database, TinyNetwork.Document("QAA"));
        var longer = TinyNetwork.Document("QAA") with
        {
            Memberships = [.. TinyNetwork.Document("QAA").Memberships.Select(m => m with { HoursPerMonth = m.HoursPerMonth + 2 })],
            People = [.. TinyNetwork.Document("QAA").People, new PersonRecord("u3", "Cara Dunn", "pharmacy", null, "primary-care", "o1", "senior", 1m, false)],
        };
        await using var importing = TestContexts.Open(database, SystemScope.Unrestricted);
        await NetworkImport.StageAsync(importing, longer, mayCreateSystem: false, CancellationToken.None);

        // Someone else removes a membership the import is about to change.
        await using (var other = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            other.Memberships.Remove(await other.Memberships.OrderBy(m => m.Start).FirstAsync());
            await other.SaveChangesAsync();
        }
        var before = await Export(database);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => importing.SaveChangesAsync());

        Assert.Equal(before, await Export(database));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Apply_PersonLeftOut_DeletesTheirDiversityAnswersWithThemAndAuditsNoValue(string provider)
    {
        await using var database = await EmptyStore(provider);
        await Import(database, TinyNetwork.Document("QAA"));
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            var ben = await db.People.SingleAsync(p => p.Name == "Ben Carter");
            db.DiversityRecords.Add(new GoldenThread.Diversity.DiversityRecord { PersonId = ben.Id, SystemId = ben.SystemId, Ethnicity = "H", Sex = "male" });
            await db.SaveChangesAsync();
        }
        var tiny = TinyNetwork.Document("QAA");
        var withoutBen = tiny with
        {
            People = [.. tiny.People.Where(p => p.Name != "Ben Carter")],
            Memberships = [.. tiny.Memberships.Where(m => m.PersonId != "u2")],
            Posts = [.. tiny.Posts.Select(p => p with { Successors = [] })],
        };

        var changes = await Import(database, withoutBen);

        Assert.Contains("The diversity information that removed people gave is deleted", changes!.Consequences);
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            Assert.False(await db.DiversityRecords.AnyAsync());
            var trail = await db.AuditEntries.Where(e => e.Entity == "DiversityRecord").ToListAsync();
            Assert.Equal(["insert", "delete"], trail.OrderBy(e => e.At).ThenBy(e => e.Action == "delete").Select(e => e.Action));
            Assert.DoesNotContain(trail.SelectMany(e => e.Changes), c => c.Before is "H" or "male" || c.After is "H" or "male");
            Assert.Contains(trail.SelectMany(e => e.Changes), c => c.Property == "Answers" && c.After == "(withheld)");
            Assert.DoesNotContain(trail.SelectMany(e => e.Changes), c => c.Property is "Ethnicity" or "Sex");
        }
    }

    [Fact]
    public async Task LockSystem_SecondImportOfTheSameSystem_WaitsForTheFirstToFinish()
    {
        await using var database = await EmptyStore("postgres");
        await Import(database, TinyNetwork.Document("QAA"));
        await Import(database, TinyNetwork.Document("QBB"));
        await using var first = TestContexts.Open(database, SystemScope.Unrestricted);
        await using var second = TestContexts.Open(database, SystemScope.Unrestricted);
        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        await using var secondTransaction = await second.Database.BeginTransactionAsync();
        // The second gives up at once rather than wait, so the test sees the lock without timing anything.
        await second.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '1ms'");

        Assert.True(await NetworkImport.LockSystemAsync(first, "QAA", CancellationToken.None));
        Assert.True(await NetworkImport.LockSystemAsync(second, "QBB", CancellationToken.None)); // another system is free
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => NetworkImport.LockSystemAsync(second, "QAA", CancellationToken.None));
        Assert.Equal("55P03", Assert.IsType<Npgsql.PostgresException>(refused.InnerException ?? refused).SqlState); // lock_not_available
        Assert.False(await NetworkImport.LockSystemAsync(first, "QZZ", CancellationToken.None));
    }

    /// <summary>The tiny network with Ada at 0.6 FTE, a new person, and the place board gone.</summary>
    private static NetworkDocument Edited()
    {
        var tiny = TinyNetwork.Document("QAA");
        return tiny with
        {
            People = [.. tiny.People.Select(p => p.Name == "Ada Brook" ? p with { Fte = 0.6m } : p),
                new PersonRecord("u3", "Cara Dunn", "pharmacy", null, "primary-care", "o1", "senior", 1m, false)],
            Bodies = [.. tiny.Bodies.Where(b => b.Id != "b2")],
            Memberships = [.. tiny.Memberships.Where(m => m.BodyId != "b2")],
        };
    }

    private sealed class ChangedRowComparer : IEqualityComparer<ChangedRow>
    {
        public bool Equals(ChangedRow? x, ChangedRow? y) => x!.Name == y!.Name && x.Fields.SequenceEqual(y.Fields);
        public int GetHashCode(ChangedRow obj) => obj.Name.GetHashCode();
    }
}
