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

/// <summary>A pair of the matching, <see cref="A"/> being the one whose id sorts first (ordinal), who hosts visit 1.</summary>
public sealed record ExchangePair(string A, string B, int Score, ExchangeVisit First, ExchangeVisit Second);

/// <summary>
/// The pairs (ordered by <see cref="ExchangePair.A"/>), their total score, who stays unmatched (in the pool's order), and
/// how many pairs were allowed at all — a small number says the availability or the rules left little choice.
/// </summary>
public sealed record ExchangeMatching(IReadOnlyList<ExchangePair> Pairs, int TotalScore, IReadOnlyList<string> Unmatched, int AllowedPairs);
