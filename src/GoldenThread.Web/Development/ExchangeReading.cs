using GoldenThread.Data;
using GoldenThread.Development;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Development;

/// <summary>A pair of a round as its pages show it: both people, the score and why, and the two visits.</summary>
public sealed record ExchangePairRow(ExchangePairing Pairing, ExchangePerson A, ExchangePerson B)
{
    public ExchangePerson Host(int visit) => visit == 1 ? A : B;
}

/// <summary>Reads people and pairs of exchange rounds with the names the pages show.</summary>
public static class ExchangeReading
{
    public static async Task<Dictionary<Guid, ExchangePerson>> PeopleAsync(GoldenThreadDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new ExchangePerson(p.Id, p.Name, db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                p.Profession, p.Setting))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    /// <summary>The round's pairs, ordered by the name of who hosts visit 1.</summary>
    public static async Task<IReadOnlyList<ExchangePairRow>> PairsAsync(GoldenThreadDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var pairings = await db.ExchangePairings.AsNoTracking().Where(p => p.RoundId == roundId).ToListAsync(cancellationToken);
        var people = await PeopleAsync(db, pairings.SelectMany(p => new[] { p.PersonA, p.PersonB }), cancellationToken);
        return [.. pairings.Select(p => new ExchangePairRow(p, people[p.PersonA], people[p.PersonB]))
            .OrderBy(r => r.A.Name, StringComparer.CurrentCulture).ThenBy(r => r.Pairing.Id)];
    }
}
