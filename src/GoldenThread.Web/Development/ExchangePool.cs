using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Development;

/// <summary>Someone of the register as an exchange page names them: their name, organisation, profession and setting.</summary>
public sealed record ExchangePerson(Guid Id, string Name, string? Organisation, string Profession, string Setting)
{
    public string Describe() => $"{Labels.Profession(Profession)}, {Labels.Of(Setting).ToLowerInvariant()}{(Organisation is null ? "" : $", {Organisation}")}";
}

/// <summary>
/// A round's sign-ups as the exchange engine sees them (matching.md's pool): each person's profession and setting from
/// the register, their employing organisation and the place it serves, the half-days they chose, and in <c>avoid</c>
/// both whom they asked not to meet and everyone they were paired with in the system's other rounds, so that no pair
/// repeats across rounds.
/// </summary>
public sealed class ExchangePool
{
    private readonly Dictionary<string, ExchangeParticipant> participants;
    private readonly Dictionary<Guid, HashSet<Guid>> pastPartners;

    private ExchangePool(Dictionary<string, ExchangeParticipant> participants, Dictionary<Guid, HashSet<Guid>> pastPartners) =>
        (this.participants, this.pastPartners) = (participants, pastPartners);

    public IReadOnlyList<ExchangeParticipant> Participants => [.. participants.Values];

    public static async Task<ExchangePool> ReadAsync(GoldenThreadDbContext db, ExchangeRound round, CancellationToken cancellationToken)
    {
        var signUps = await db.ExchangeSignUps.AsNoTracking().Where(s => s.RoundId == round.Id).ToListAsync(cancellationToken);
        var ids = signUps.Select(s => s.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.SystemId == round.SystemId)
            .ToDictionaryAsync(o => o.Id, o => o.PlaceId, cancellationToken);
        var earlier = await db.ExchangePairings.AsNoTracking().Where(p => p.SystemId == round.SystemId && p.RoundId != round.Id).ToListAsync(cancellationToken);
        return From(signUps, people, organisations, earlier);
    }

    /// <param name="organisationPlaces">The place each organisation serves (null for system-wide).</param>
    /// <param name="earlier">The pairs of the system's other rounds.</param>
    public static ExchangePool From(IEnumerable<ExchangeSignUp> signUps, IReadOnlyDictionary<Guid, Person> people,
        IReadOnlyDictionary<Guid, Guid?> organisationPlaces, IEnumerable<ExchangePairing> earlier)
    {
        var past = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var pair in earlier)
        {
            (past.TryGetValue(pair.PersonA, out var a) ? a : past[pair.PersonA] = []).Add(pair.PersonB);
            (past.TryGetValue(pair.PersonB, out var b) ? b : past[pair.PersonB] = []).Add(pair.PersonA);
        }
        var pool = new Dictionary<string, ExchangeParticipant>();
        foreach (var signUp in signUps.OrderBy(s => s.PersonId))
        {
            var person = people[signUp.PersonId];
            pool[person.Id.ToString()] = new ExchangeParticipant
            {
                Id = person.Id.ToString(), Name = person.Name, Profession = person.Profession, Setting = person.Setting,
                // Someone the register gives no employer shares an organisation with nobody.
                OrganisationId = person.OrganisationId?.ToString() ?? $"none-{person.Id}",
                PlaceId = person.OrganisationId is { } o && organisationPlaces.GetValueOrDefault(o) is { } place ? place.ToString() : null,
                Availability = [.. signUp.Availability.Select(ExchangeSlot.Parse).OfType<ExchangeSlot>()],
                Avoid = [.. signUp.Avoid.Concat(past.GetValueOrDefault(person.Id) ?? []).Select(id => id.ToString()).Distinct()],
            };
        }
        return new ExchangePool(pool, past);
    }

    /// <summary>The engine's pairs of the whole pool, as rows of the round.</summary>
    public IReadOnlyList<ExchangePairing> Match(ExchangeRound round, DateTimeOffset now) =>
        [.. ExchangeMatcher.Default.Match(Participants).Pairs.Select(pair => Fill(new ExchangePairing
        {
            SystemId = round.SystemId, RoundId = round.Id, Why = "", FirstVisit = "", SecondVisit = "", ProposedAt = now,
        }, pair))];

    /// <summary>
    /// Pairs <paramref name="a"/> with <paramref name="b"/> into <paramref name="pairing"/>, or says why they may not be
    /// paired, in the engine's words with people's names; null when the pairing was made.
    /// </summary>
    public string? TryPair(Guid a, Guid b, ExchangePairing pairing)
    {
        if (!participants.TryGetValue(a.ToString(), out var first) || !participants.TryGetValue(b.ToString(), out var second))
            return "Only people signed up for the round can be paired";
        if (pastPartners.GetValueOrDefault(a)?.Contains(b) == true)
            return $"{first.Name} and {second.Name} were paired in an earlier round, and no pair repeats";
        var (pair, refusal) = ExchangeMatcher.Default.Check(first, second);
        if (pair is null) return refusal!.Describe(p => p.Name, Setting);
        Fill(pairing, pair);
        return null;
    }

    private ExchangePairing Fill(ExchangePairing pairing, ExchangePair pair)
    {
        var (a, b) = (participants[pair.A], participants[pair.B]);
        (pairing.PersonA, pairing.PersonB, pairing.Score) = (Guid.Parse(pair.A), Guid.Parse(pair.B), pair.Score);
        (pairing.FirstVisit, pairing.SecondVisit) = (pair.First.Slot.ToString(), pair.Second.Slot.ToString());
        pairing.Why = Why(pair.Terms, a.Setting, b.Setting);
        return pairing;
    }

    /// <summary>The terms of a pair's score in words, as matching.md adds them up, the settings in the order of their codes.</summary>
    public static string Why(ExchangeScore terms, string settingA, string settingB)
    {
        var (first, second) = string.CompareOrdinal(settingA, settingB) < 0 ? (settingA, settingB) : (settingB, settingA);
        List<string> parts = [$"base {terms.Base}", $"{Setting(first)} with {Setting(second)} +{terms.Interface}"];
        if (terms.SamePlace != 0) parts.Add($"same place +{terms.SamePlace}");
        if (terms.DifferentProfessions != 0) parts.Add($"different professions +{terms.DifferentProfessions}");
        return string.Join(", ", parts);
    }

    private static string Setting(string code) => Labels.Of(code).ToLowerInvariant();
}
