using GoldenThread.Data;
using GoldenThread.Development;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Development;

/// <summary>A round's offers and requests read with the register's view of each person, as <see cref="MentoringMatcher"/> takes them.</summary>
public static class MentoringStore
{
    /// <summary>The round's pool: its offers and requests, oldest first, and each person's post, organisation and place.</summary>
    public static async Task<MentoringPool> PoolAsync(GoldenThreadDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var (offers, requests) = await OffersAndRequestsAsync(db, roundId, cancellationToken);
        return await PoolAsync(db, offers, requests, cancellationToken);
    }

    /// <summary>The round's offers and requests, each oldest first.</summary>
    public static async Task<(List<MentorOffer> Offers, List<MenteeRequest> Requests)> OffersAndRequestsAsync(GoldenThreadDbContext db, Guid roundId,
        CancellationToken cancellationToken)
    {
        var offers = await db.MentorOffers.AsNoTracking().Where(o => o.RoundId == roundId).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var requests = await db.MenteeRequests.AsNoTracking().Where(r => r.RoundId == roundId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        return (offers, requests);
    }

    /// <summary>The pool of offers and requests already read: only the register's view of their people is read here.</summary>
    public static async Task<MentoringPool> PoolAsync(GoldenThreadDbContext db, IReadOnlyList<MentorOffer> offers, IReadOnlyList<MenteeRequest> requests,
        CancellationToken cancellationToken)
    {
        var people = offers.Select(o => o.PersonId).Concat(requests.Select(r => r.PersonId)).Distinct().ToList();
        var profiles = await db.People.AsNoTracking().Where(p => people.Contains(p.Id))
            .Select(p => new MentoringProfile(p.Id, p.OrganisationId,
                db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.PlaceId).FirstOrDefault(),
                p.Profession, p.Setting, p.Seniority))
            .ToDictionaryAsync(p => p.PersonId, cancellationToken);
        return new MentoringPool(offers, requests, profiles);
    }

    /// <summary>
    /// Closes an open round and stores the best assignment as proposed pairs, for the leadership team to review; the
    /// caller saves. Null, changing nothing, when the round is no longer open.
    /// </summary>
    public static async Task<MentoringResult?> MatchAsync(GoldenThreadDbContext db, MentoringRound round, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (round.Status != MentoringRoundStatus.Open) return null;
        var pool = await PoolAsync(db, round.Id, cancellationToken);
        var result = MentoringMatcher.Default.Match(pool.Mentors, pool.Mentees);
        db.Mentorships.AddRange(result.Pairs.Select(p => new Mentorship
        {
            SystemId = round.SystemId, RoundId = round.Id, MentorPersonId = pool.PersonOf(p.MentorId), MenteePersonId = pool.PersonOf(p.MenteeId),
            Score = p.Score,
        }));
        (round.Status, round.MatchedAt) = (MentoringRoundStatus.Proposed, now);
        return result;
    }

    /// <summary>The names of the system's people, by id, for pages that show who is who.</summary>
    public static Task<Dictionary<Guid, string>> NamesAsync(GoldenThreadDbContext db, IEnumerable<Guid> people, CancellationToken cancellationToken)
    {
        var ids = people.Distinct().ToList();
        return db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }
}
