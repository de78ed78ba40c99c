using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Access;

public class SystemScopeTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Query_ScopedToOneSystem_SeesOnlyThatSystemsRows(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using var db = TestContexts.Open(database, SystemScope.Of([a.System.Id]));

        var people = await db.People.Select(p => p.SystemId).Distinct().ToListAsync();
        var memberships = await db.Memberships.CountAsync();
        var audit = await db.AuditEntries.Select(e => e.SystemId).Distinct().ToListAsync();

        Assert.Equal([a.System.Id], people);
        Assert.Equal(a.Memberships.Count, memberships);
        Assert.Equal([a.System.Id], audit);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Query_SameQueryUnderEachScopeInTurn_EachSeesItsOwnRows(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;

        // The filter's list of systems is a query parameter; a plan compiled for one scope must not serve another.
        async Task<int> CountPeople(SystemScope scope)
        {
            await using var db = TestContexts.Open(database, scope);
            var direct = await db.People.CountAsync(p => p.Lay == false);
            var nested = await db.Systems.Select(s => db.People.Count(p => p.SystemId == s.Id)).SumAsync();
            Assert.Equal(direct, nested);
            return direct;
        }

        Assert.Equal(a.People.Count + b.People.Count, await CountPeople(SystemScope.Unrestricted));
        Assert.Equal(0, await CountPeople(SystemScope.Nothing));
        Assert.Equal(a.People.Count, await CountPeople(SystemScope.Of([a.System.Id])));
        Assert.Equal(b.People.Count, await CountPeople(SystemScope.Of([b.System.Id])));
        Assert.Equal(a.People.Count + b.People.Count, await CountPeople(SystemScope.Unrestricted));
        Assert.Equal(0, await CountPeople(SystemScope.Nothing));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Query_NoScope_SeesNoRows(string provider)
    {
        var (database, _, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using var db = TestContexts.Open(database, SystemScope.Nothing);

        Assert.Equal(0, await db.People.CountAsync());
        Assert.Equal(0, await db.Bodies.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
        Assert.Equal(2, await db.Systems.CountAsync()); // the list of systems itself is public
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Query_Unrestricted_SeesEverySystem(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);

        Assert.Equal(a.People.Count + b.People.Count, await db.People.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_ChangeToAnotherSystemsRow_IsRefusedAndChangesNothing(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using var db = TestContexts.Open(database, SystemScope.Of([a.System.Id]));
        db.People.Add(new Person
        {
            SystemId = b.System.Id, Name = "Intruder", Profession = "nursing", Setting = "acute", Seniority = "senior",
        });

        await Assert.ThrowsAsync<SystemScopeViolationException>(() => db.SaveChangesAsync());

        await using var check = TestContexts.Open(database, SystemScope.Unrestricted);
        Assert.False(await check.People.AnyAsync(p => p.Name == "Intruder"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_MovingARowToAnotherSystem_IsRefused(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        var person = await db.People.SingleAsync(p => p.Id == a.People[0].Id);

        person.SystemId = b.System.Id;

        await Assert.ThrowsAsync<SystemScopeViolationException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_DetachedRowClaimingOwnSystem_CannotTouchAnotherSystemsRow(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using (var db = TestContexts.Open(database, SystemScope.Of([a.System.Id])))
        {
            // A row built from input: B's person id, but A's system.
            var forged = new Person { Id = b.People[0].Id, SystemId = a.System.Id, Name = "Forged", Profession = "nursing", Setting = "acute", Seniority = "senior" };
            db.People.Update(forged);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        await using var check = TestContexts.Open(database, SystemScope.Unrestricted);
        Assert.Equal(b.People[0].Name, await check.People.Where(p => p.Id == b.People[0].Id).Select(p => p.Name).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_DeletingAnotherSystemsRow_IsRefused(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using var everything = TestContexts.Open(database, SystemScope.Unrestricted);
        var membership = await everything.Memberships.AsNoTracking().SingleAsync(m => m.Id == b.Memberships[0].Id);
        await using var db = TestContexts.Open(database, SystemScope.Of([a.System.Id]));

        db.Memberships.Remove(membership);

        await Assert.ThrowsAsync<SystemScopeViolationException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_ChangingOrDeletingAuditEntries_IsRefused(string provider)
    {
        var (database, _, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using var db = TestContexts.Open(database, SystemScope.Unrestricted);
        var entry = await db.AuditEntries.FirstAsync();

        entry.ActorName = "someone else";
        await Assert.ThrowsAsync<SystemScopeViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
        await Assert.ThrowsAsync<SystemScopeViolationException>(() => db.SaveChangesAsync());
    }
}
