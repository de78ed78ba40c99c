namespace GoldenThread.Development;

/// <summary>
/// Someone signed up for a workplace exchange round (matching.md's pool file): their profession and setting (codes of
/// the vocabularies), organisation and place, the half-days they could make, and anyone they must not be paired with.
/// </summary>
public sealed record ExchangeParticipant
{
    public required string Id { get; init; }
    public string Name { get; init; } = "";
    public required string Profession { get; init; }
    public required string Setting { get; init; }
    public required string OrganisationId { get; init; }

    /// <summary>The place they work in; null when not known (then never "the same place" as anyone).</summary>
    public string? PlaceId { get; init; }

    public required IReadOnlyList<ExchangeSlot> Availability { get; init; }
    public IReadOnlyList<string> Avoid { get; init; } = [];
}

/// <summary>One half-day visit of a pair: the partner who hosts it at their workplace shadows nobody that day.</summary>
public sealed record ExchangeVisit(ExchangeSlot Slot, string HostId);

/// <summary>
/// What an allowed pair's score is made of, term by term as matching.md adds it up: the base, the bonus for the interface
/// of the two settings, and the bonuses for the same place and for different professions (0 when they do not apply).
/// </summary>
public readonly record struct ExchangeScore(int Base, int Interface, int SamePlace, int DifferentProfessions)
{
    public int Total => Base + Interface + SamePlace + DifferentProfessions;
}

/// <summary>
/// A pair of the matching, <see cref="A"/> being the one whose id sorts first (ordinal), who hosts visit 1; its score is
/// the sum of its <see cref="Terms"/>.
/// </summary>
public sealed record ExchangePair(string A, string B, ExchangeScore Terms, ExchangeVisit First, ExchangeVisit Second)
{
    public int Score => Terms.Total;
}

/// <summary>Which of matching.md's rules keeps two participants apart.</summary>
public enum ExchangeRefusalReason { SamePerson, SameOrganisation, SameSetting, Avoided, TooFewSharedSlots }

/// <summary>
/// Why <see cref="A"/> and <see cref="B"/> may not be paired: the rule, and for too few shared half-days how many they
/// share and how many a pair needs. <see cref="Describe"/> says it in words with the names and setting labels the reader
/// knows them by; <see cref="ToString"/> with ids and setting codes.
/// </summary>
public sealed record ExchangeRefusal(ExchangeRefusalReason Reason, ExchangeParticipant A, ExchangeParticipant B, int SharedSlots = 0, int NeededSlots = 0)
{
    public string Describe(Func<ExchangeParticipant, string> name, Func<string, string> setting)
    {
        var (a, b) = (name(A), name(B));
        return Reason switch
        {
            ExchangeRefusalReason.SamePerson => "Nobody can be paired with themselves",
            ExchangeRefusalReason.SameOrganisation => $"{a} and {b} work for the same organisation",
            ExchangeRefusalReason.SameSetting => $"{a} and {b} both work in {setting(A.Setting)}",
            // Which of them asked stays theirs: the coordinator learns only that the pair is not to be made.
            ExchangeRefusalReason.Avoided => $"{a} and {b} are not to be paired: one of them asked not to be",
            _ => $"{a} and {b} share {(SharedSlots == 1 ? "1 half-day" : $"{SharedSlots} half-days")}; a pair needs {NeededSlots}",
        };
    }

    public override string ToString() => Describe(p => p.Id, s => s);
}

/// <summary>
/// The pairs (ordered by <see cref="ExchangePair.A"/>), their total score, who stays unmatched (in the pool's order), and
/// how many pairs were allowed at all — a small number says the availability or the rules left little choice.
/// </summary>
public sealed record ExchangeMatching(IReadOnlyList<ExchangePair> Pairs, int TotalScore, IReadOnlyList<string> Unmatched, int AllowedPairs);
