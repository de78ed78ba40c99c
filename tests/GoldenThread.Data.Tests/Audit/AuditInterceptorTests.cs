using GoldenThread.Data.Access;
using GoldenThread.Interchange;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Audit;

public class AuditInterceptorTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private sealed class Actor(string id, string name) : ICurrentActor
    {
        public string? AccountId { get; } = id;
        public string Name { get; } = name;
    }

    private static async Task<(TestDatabase, NetworkEntities)> Seeded(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var network = NetworkEntities.From(TinyNetwork.Document("QAA"));
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted, new Actor("a-1", "Seeder"), new FixedTimeProvider(Noon));
        await db.Database.MigrateAsync();
        db.AddRange(network.AllRows());
        await db.SaveChangesAsync();
        return (database, network);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Insert_RecordsWhoWhenAndEveryValue(string provider)
    {
        var (database, network) = await Seeded(provider);
        await using var _d = database;
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);

        var person = network.People[0];
        var entry = await db.AuditEntries.SingleAsync(e => e.Entity == "Person" && e.EntityId == person.Id.ToString());

        Assert.Equal(("insert", "a-1", "Seeder", Noon, network.System.Id), (entry.Action, entry.ActorAccountId, entry.ActorName, entry.At, entry.SystemId));
        Assert.Contains(new GoldenThread.Audit.AuditChange("Name", null, "Ada Brook"), entry.Changes);
        Assert.Contains(new GoldenThread.Audit.AuditChange("Fte", null, "0.8"), entry.Changes);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Update_RecordsOnlyTheChangedValuesBeforeAndAfter(string provider)
    {
        var (database, network) = await Seeded(provider);
        await using var _d = database;
        var later = Noon.AddHours(2);
        await using (var db = TestContexts.Open(database, SystemScope.Of([network.System.Id]), new Actor("a-2", "Dr Editor"), new FixedTimeProvider(later)))
        {
            var person = await db.People.SingleAsync(p => p.Id == network.People[0].Id);
            person.Seniority = "executive";
            person.Fte = 1.0m;
            await db.SaveChangesAsync();
        }

        await using var check = TestContexts.Open(database, SystemScope.Unrestricted);
        var entry = await check.AuditEntries.SingleAsync(e => e.Action == "update");

        Assert.Equal(("Person", "Dr Editor", later), (entry.Entity, entry.ActorName, entry.At));
        Assert.Equal(
            [new("Fte", "0.8", "1"), new("Seniority", "senior", "executive")],
            entry.Changes.OrderBy(c => c.Property).ToList());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Delete_RecordsTheValuesThatWereRemoved(string provider)
    {
        var (database, network) = await Seeded(provider);
        await using var _d = database;
        await using (var db = TestContexts.Open(database, SystemScope.Of([network.System.Id])))
        {
            db.Memberships.Remove(await db.Memberships.SingleAsync(m => m.Id == network.Memberships[1].Id));
            await db.SaveChangesAsync();
        }

        await using var check = TestContexts.Open(database, SystemScope.Unrestricted);
        var entry = await check.AuditEntries.SingleAsync(e => e.Action == "delete");

        Assert.Equal("Membership", entry.Entity);
        Assert.Contains(new GoldenThread.Audit.AuditChange("Role", "chair", null), entry.Changes);
        Assert.Contains(new GoldenThread.Audit.AuditChange("End", "2024-03-31", null), entry.Changes);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_WithoutRealChange_RecordsNothing(string provider)
    {
        var (database, network) = await Seeded(provider);
        await using var _d = database;
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        var before = await db.AuditEntries.CountAsync();

        var person = await db.People.SingleAsync(p => p.Id == network.People[0].Id);
        person.Name = "Ada Brook";
        await db.SaveChangesAsync();

        Assert.Equal(before, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public void Format_UsesInvariantText()
    {
        Assert.Equal("2024-03-31", AuditInterceptor.Format(new DateOnly(2024, 3, 31)));
        Assert.Equal("0.5", AuditInterceptor.Format(0.50m)); // trailing zeros of a numeric column are not a change
        Assert.Equal("[\"medicine\",\"nursing\"]", AuditInterceptor.Format(new List<string> { "medicine", "nursing" }));
        Assert.Null(AuditInterceptor.Format(null));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Insert_Account_NeverRecordsSecrets(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        await db.Database.MigrateAsync();
        var account = new Account
        {
            UserName = "a@example.org", Email = "a@example.org", DisplayName = "A", PasswordHash = "AQAAAAIAAYagAAAAE-secret",
            SecurityStamp = "STAMP-secret", ConcurrencyStamp = "c-secret",
        };
        db.Users.Add(account);
        await db.SaveChangesAsync();
        db.UserTokens.Add(new Microsoft.AspNetCore.Identity.IdentityUserToken<string>
            { UserId = account.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "TOTP-secret" });
        await db.SaveChangesAsync();

        var entries = await db.AuditEntries.IgnoreQueryFilters().ToListAsync();
        var recorded = string.Join(" ", entries.SelectMany(e => e.Changes).Select(c => $"{c.Property}={c.After}"));

        Assert.Equal(["Account", "IdentityUserToken`1"], entries.Select(e => e.Entity).Order().ToList());
        Assert.Contains("Email=a@example.org", recorded);
        Assert.DoesNotContain("secret", recorded);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Update_OfAnExplainedRow_RecordsItsExplanationBesideTheValuesAndStoresNoneOfIt(string provider)
    {
        var (database, _) = await Seeded(provider);
        await using var _d = database;
        var round = new GoldenThread.Programmes.ProgrammeRound { Code = "2027-spring", Name = "Spring 2027 round" };
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted, new Actor("op", "Operator"), new FixedTimeProvider(Noon)))
        {
            db.ProgrammeRounds.Add(round);
            await db.SaveChangesAsync();
            round.MinTeamSize = 8;
            round.Explanation.Add(new GoldenThread.Audit.AuditChange("Reason", null, "Larger teams learnt more last year"));
            await db.SaveChangesAsync();
        }

        await using var check = TestContexts.Open(database, SystemScope.Unrestricted);
        var entry = await check.AuditEntries.SingleAsync(e => e.Entity == "ProgrammeRound" && e.Action == "update");
        var stored = await check.ProgrammeRounds.SingleAsync(r => r.Id == round.Id);

        Assert.Equal([new("MinTeamSize", "6", "8"), new GoldenThread.Audit.AuditChange("Reason", null, "Larger teams learnt more last year")], entry.Changes);
        Assert.Null(entry.SystemId);
        Assert.Empty(stored.Explanation);
    }
}
