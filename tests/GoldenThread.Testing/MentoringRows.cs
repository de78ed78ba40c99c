using GoldenThread.Development;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Testing;

/// <summary>Mentoring rounds, offers, requests, pairs and meetings the mentoring tests work on, written straight to the store.</summary>
public static class MentoringRows
{
    /// <summary>A new round of the system, open until a month from today unless said otherwise.</summary>
    public static Task<Guid> AddMentoringRoundAsync(this GoldenThreadApp app, string title,
        MentoringRoundStatus status = MentoringRoundStatus.Open, DateOnly? closesOn = null, string system = DemoNetwork.SystemCode) =>
        app.Query(async db =>
        {
            var round = new MentoringRound
            {
                SystemId = await db.Systems.Where(s => s.Code == system).Select(s => s.Id).SingleAsync(), Title = title, Status = status,
                ClosesOn = closesOn ?? UkDate.Today(TimeProvider.System).AddMonths(1), CreatedAt = FrameworkRows.Created,
                PublishedAt = status == MentoringRoundStatus.Published ? FrameworkRows.Created : null,
            };
            db.MentoringRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    public static Task<Guid> AddOfferAsync(this GoldenThreadApp app, Guid roundId, Guid personId, int capacity = 1, params Guid[] avoid) =>
        app.Query(async db =>
        {
            var round = await db.MentoringRounds.SingleAsync(r => r.Id == roundId);
            var offer = new MentorOffer { SystemId = round.SystemId, RoundId = roundId, PersonId = personId, Capacity = capacity, Avoid = [.. avoid] };
            db.MentorOffers.Add(offer);
            await db.SaveChangesAsync();
            return offer.Id;
        });

    public static Task<Guid> AddRequestAsync(this GoldenThreadApp app, Guid roundId, Guid personId, string hopes = "To lead across organisations") =>
        app.Query(async db =>
        {
            var round = await db.MentoringRounds.SingleAsync(r => r.Id == roundId);
            var request = new MenteeRequest { SystemId = round.SystemId, RoundId = roundId, PersonId = personId, Hopes = hopes };
            db.MenteeRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    /// <summary>A pair of the round, published unless said otherwise.</summary>
    public static Task<Guid> AddPairAsync(this GoldenThreadApp app, Guid roundId, Guid mentor, Guid mentee,
        MentorshipStatus status = MentorshipStatus.Published) =>
        app.Query(async db =>
        {
            var round = await db.MentoringRounds.SingleAsync(r => r.Id == roundId);
            var pair = new Mentorship { SystemId = round.SystemId, RoundId = roundId, MentorPersonId = mentor, MenteePersonId = mentee, Score = 10, Status = status };
            db.Mentorships.Add(pair);
            await db.SaveChangesAsync();
            return pair.Id;
        });

    public static Task<Guid> AddMeetingAsync(this GoldenThreadApp app, Guid pairId, string notes, decimal hours = 1m) =>
        app.Query(async db =>
        {
            var pair = await db.Mentorships.SingleAsync(m => m.Id == pairId);
            var meeting = new MentoringMeeting
            {
                SystemId = pair.SystemId, MentorshipId = pairId, HeldOn = UkDate.Today(TimeProvider.System), Hours = hours, Notes = notes,
                RecordedByPersonId = pair.MenteePersonId, RecordedAt = FrameworkRows.Created,
            };
            db.MentoringMeetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    /// <summary>People of the system's register that no account is linked to, who are in no pair and of the seniority given.</summary>
    public static Task<List<Guid>> UnlinkedPeopleAsync(this GoldenThreadApp app, string seniority, int count, string system = DemoNetwork.SystemCode) =>
        app.Query(db => db.People.Where(p => p.Seniority == seniority && p.OrganisationId != null && db.Systems.Any(s => s.Id == p.SystemId && s.Code == system)
                && !db.Users.Any(u => u.PersonId == p.Id))
            .OrderBy(p => p.Name).Select(p => p.Id).Take(count).ToListAsync());
}
