using GoldenThread.Data.Access;
using GoldenThread.Data.Network;
using GoldenThread.Development;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Development;

public class MentoringStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_RoundWithOfferPairAndMeeting_ReadsBackWhatWasSaidAndASecondOfferIsRefused(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        var (mentor, mentee) = (a.People[0].Id, a.People[1].Id);
        var round = new MentoringRound { SystemId = a.System.Id, Title = "Spring", ClosesOn = new(2026, 12, 1), CreatedAt = Now };
        var pair = new Mentorship { SystemId = a.System.Id, RoundId = round.Id, MentorPersonId = mentor, MenteePersonId = mentee, Score = 17, HoursPerMeeting = 1.25m };
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.MentoringRounds.Add(round);
            db.MentorOffers.Add(new MentorOffer
            {
                SystemId = a.System.Id, RoundId = round.Id, PersonId = mentor, Capacity = 2, Professions = ["medicine", "nursing"], Settings = ["acute"],
                Avoid = [mentee],
            });
            db.Mentorships.Add(pair);
            db.MentoringMeetings.Add(new MentoringMeeting
            {
                SystemId = a.System.Id, MentorshipId = pair.Id, HeldOn = new(2026, 11, 20), Hours = 1.75m, Notes = "Private", RecordedByPersonId = mentee,
                RecordedAt = Now,
            });
            await db.SaveChangesAsync();
        }

        await using var read = TestContexts.Open(database, SystemScope.Of([a.System.Id]));
        var offer = await read.MentorOffers.SingleAsync(o => o.RoundId == round.Id);
        Assert.Equal(["medicine", "nursing"], offer.Professions);
        Assert.Equal([mentee], offer.Avoid);
        Assert.Equal((1.25m, 1.75m), ((await read.Mentorships.SingleAsync()).HoursPerMeeting, (await read.MentoringMeetings.SingleAsync()).Hours));
        read.MentorOffers.Add(new MentorOffer { SystemId = a.System.Id, RoundId = round.Id, PersonId = mentor, Capacity = 1 });
        await Assert.ThrowsAsync<DbUpdateException>(() => read.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Read_AnotherSystemsRound_IsNotSeen(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.MentoringRounds.Add(new MentoringRound { SystemId = b.System.Id, Title = "Theirs", ClosesOn = new(2026, 12, 1), CreatedAt = Now });
            await db.SaveChangesAsync();
        }

        await using var read = TestContexts.Open(database, SystemScope.Of([a.System.Id]));

        Assert.Empty(await read.MentoringRounds.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RemovePerson_WithAnOfferARequestAndAPairThatMet_DeletesThemAndSaysSo(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        // Two people new to the register, on no body and in no post, so only their mentoring points at them: Rae mentors
        // Sol in one round, and in another offers to mentor again and asks for a mentor of her own.
        GoldenThread.Network.Person Newcomer(string name) => new()
        {
            SystemId = a.System.Id, Name = name, Profession = "nursing", Setting = "community", Seniority = "senior", OrganisationId = a.Organisations[0].Id,
        };
        var (rae, sol) = (Newcomer("Rae Newcombe"), Newcomer("Sol Avery"));
        var (first, second) = (new MentoringRound { SystemId = a.System.Id, Title = "Spring", ClosesOn = new(2026, 12, 1), CreatedAt = Now },
            new MentoringRound { SystemId = a.System.Id, Title = "Autumn", ClosesOn = new(2027, 9, 1), CreatedAt = Now });
        var pair = new Mentorship { SystemId = a.System.Id, RoundId = first.Id, MentorPersonId = rae.Id, MenteePersonId = sol.Id, Score = 12, Status = MentorshipStatus.Published };
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.AddRange(rae, sol, first, second, pair);
            db.MentorOffers.Add(new MentorOffer { SystemId = a.System.Id, RoundId = second.Id, PersonId = rae.Id, Capacity = 1 });
            db.MenteeRequests.Add(new MenteeRequest { SystemId = a.System.Id, RoundId = second.Id, PersonId = rae.Id, Hopes = "Board papers" });
            db.MentoringMeetings.Add(new MentoringMeeting
            {
                SystemId = a.System.Id, MentorshipId = pair.Id, HeldOn = new(2026, 10, 1), Hours = 1m, Notes = "Private", RecordedByPersonId = rae.Id, RecordedAt = Now,
            });
            await db.SaveChangesAsync();
        }

        await using var change = TestContexts.Open(database, SystemScope.Of([a.System.Id]));
        var person = await change.People.SingleAsync(p => p.Id == rae.Id);
        change.People.Remove(person);
        var consequences = await RemovedRowReferences.EndAsync(change, [person], CancellationToken.None);
        await change.SaveChangesAsync();

        Assert.Contains("The mentoring offers, requests and pairs of removed people are deleted, with the pairs' meetings", consequences);
        Assert.Equal((0, 0, 0, 0), (await change.MentorOffers.CountAsync(), await change.MenteeRequests.CountAsync(), await change.Mentorships.CountAsync(),
            await change.MentoringMeetings.CountAsync()));
        Assert.True(await change.People.AnyAsync(p => p.Id == sol.Id));
    }
}
