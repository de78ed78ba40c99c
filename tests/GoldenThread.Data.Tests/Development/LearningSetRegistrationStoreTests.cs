using GoldenThread.Data.Access;
using GoldenThread.Data.Network;
using GoldenThread.Development;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Development;

public class LearningSetRegistrationStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_ProposedRegistrationAndItsSet_ReadsBackAndASecondRegistrationOfOnePersonIsRefused(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        var person = a.People[0];
        var registration = new LearningSetRegistration
        {
            SystemId = a.System.Id, Title = "Spring sets", ClosesOn = new(2026, 12, 1), MinSize = 2, MaxSize = 3, CreatedAt = Now,
            Status = LearningSetRegistrationStatus.Formed, Outcome = FormationStatus.Partial, Bound = 17, ProposedAt = Now, FormedAt = Now,
        };
        var set = new LearningSet { SystemId = a.System.Id, Name = "Spring sets: set 1", RegistrationId = registration.Id, FormedOn = new(2026, 11, 2), CreatedAt = Now };
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.LearningSetRegistrations.Add(registration);
            db.LearningSets.Add(set);
            db.LearningSetRegistrants.Add(new LearningSetRegistrant
            {
                SystemId = a.System.Id, RegistrationId = registration.Id, PersonId = person.Id, RegisteredAt = Now, OrganisationId = person.OrganisationId,
                Organisation = "Alpha Trust", Sector = "nhs-acute", Profession = person.Profession, Seniority = person.Seniority, SetNumber = 1,
                LearningSetId = set.Id,
            });
            await db.SaveChangesAsync();
        }

        await using var read = TestContexts.Open(database, SystemScope.Of([a.System.Id]));
        var stored = await read.LearningSetRegistrations.SingleAsync();
        var registrant = await read.LearningSetRegistrants.SingleAsync();
        Assert.Equal((LearningSetRegistrationStatus.Formed, FormationStatus.Partial, 17, 2, 3), (stored.Status, stored.Outcome!.Value, stored.Bound!.Value, stored.MinSize, stored.MaxSize));
        Assert.Equal((1, set.Id, "nhs-acute"), (registrant.SetNumber!.Value, registrant.LearningSetId!.Value, registrant.Sector));
        Assert.Equal(registration.Id, (await read.LearningSets.SingleAsync()).RegistrationId);
        read.LearningSetRegistrants.Add(new LearningSetRegistrant { SystemId = a.System.Id, RegistrationId = registration.Id, PersonId = person.Id, RegisteredAt = Now });
        await Assert.ThrowsAsync<DbUpdateException>(() => read.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Read_AnotherSystemsRegistration_IsNotSeen(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            var theirs = new LearningSetRegistration { SystemId = b.System.Id, Title = "Theirs", ClosesOn = new(2026, 12, 1), CreatedAt = Now };
            db.LearningSetRegistrations.Add(theirs);
            db.LearningSetRegistrants.Add(new LearningSetRegistrant { SystemId = b.System.Id, RegistrationId = theirs.Id, PersonId = b.People[0].Id, RegisteredAt = Now });
            await db.SaveChangesAsync();
        }

        await using var read = TestContexts.Open(database, SystemScope.Of([a.System.Id]));

        Assert.Empty(await read.LearningSetRegistrations.ToListAsync());
        Assert.Empty(await read.LearningSetRegistrants.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RemovePerson_WithARegistration_WithdrawsItAndSaysSo(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        // Someone new, who sits on no body and holds no post, so that only the registration points at them.
        var removed = new GoldenThread.Network.Person
        {
            SystemId = a.System.Id, Name = "Rae Newcombe", Profession = "nursing", Setting = "community", Seniority = "middle",
            OrganisationId = a.Organisations[0].Id,
        };
        var registration = new LearningSetRegistration { SystemId = a.System.Id, Title = "Spring sets", ClosesOn = new(2026, 12, 1), CreatedAt = Now };
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.People.Add(removed);
            db.LearningSetRegistrations.Add(registration);
            db.LearningSetRegistrants.Add(new LearningSetRegistrant { SystemId = a.System.Id, RegistrationId = registration.Id, PersonId = removed.Id, RegisteredAt = Now });
            await db.SaveChangesAsync();
        }

        await using var change = TestContexts.Open(database, SystemScope.Of([a.System.Id]));
        var person = await change.People.SingleAsync(p => p.Id == removed.Id);
        change.People.Remove(person);
        var consequences = await RemovedRowReferences.EndAsync(change, [person], CancellationToken.None);
        await change.SaveChangesAsync();

        Assert.Contains("The registrations of removed people for learning sets are withdrawn", consequences);
        Assert.Empty(await change.LearningSetRegistrants.ToListAsync());
    }
}
