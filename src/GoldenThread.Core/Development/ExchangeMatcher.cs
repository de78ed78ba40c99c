using System.Numerics;

namespace GoldenThread.Development;

/// <summary>
/// Pairs workplace exchange participants (matching.md, "Workplace exchange pairs"). A pair is allowed when the two work
/// for different organisations and in different settings, neither names the other in <c>avoid</c>, and they share at
/// least <see cref="ExchangeWeights.MinimumSharedSlots"/> half-days; its score is base + interface(settings) + samePlace
/// + differentProfessions (<see cref="ExchangeWeights"/>). The pairs are a maximum-weight matching of the graph of
/// allowed pairs — general, not bipartite, so Edmonds' blossom algorithm (<see cref="MaximumWeightMatching"/>) — and
/// each pair's two earliest shared half-days become visit 1, hosted by the member whose id sorts first, and visit 2.
/// </summary>
public sealed class ExchangeMatcher(ExchangeWeights weights)
{
    public static ExchangeMatcher Default { get; } = new(DevelopmentWeights.Default.Exchange);

    /// <summary>The best pairs of <paramref name="participants"/>.</summary>
    /// <exception cref="ArgumentException">Two participants share an id.</exception>
    public ExchangeMatching Match(IReadOnlyList<ExchangeParticipant> participants)
    {
        var pool = new Pool(participants, weights);
        var edges = new List<WeightedEdge>();
        for (var i = 0; i < participants.Count; i++)
            for (var j = i + 1; j < participants.Count; j++)
                if (pool.Score(i, j) is { } score)
                    edges.Add(new WeightedEdge(i, j, score.Total));

        var mates = MaximumWeightMatching.Solve(participants.Count, edges);
        var pairs = new List<ExchangePair>();
        var unmatched = new List<string>();
        for (var i = 0; i < mates.Length; i++)
        {
            if (mates[i] < 0) unmatched.Add(participants[i].Id);
            else if (mates[i] > i) pairs.Add(pool.Pair(i, mates[i], pool.Score(i, mates[i])!.Value));
        }
        pairs.Sort((x, y) => string.CompareOrdinal(x.A, y.A));
        return new ExchangeMatching(pairs, pairs.Sum(p => p.Score), unmatched, edges.Count);
    }

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> may be paired — the pair with its score and visits — or why
    /// not, for the coordinator who tried to swap them in.
    /// </summary>
    public (ExchangePair? Pair, ExchangeRefusal? Refusal) Check(ExchangeParticipant a, ExchangeParticipant b)
    {
        if (a.Id == b.Id) return (null, new ExchangeRefusal(ExchangeRefusalReason.SamePerson, a, b));
        var pool = new Pool([a, b], weights);
        if (pool.Score(0, 1) is { } score) return (pool.Pair(0, 1, score), null);
        return (null, pool.Refusal(0, 1));
    }

    /// <summary>
    /// The participants as small integers: organisation, setting, profession and place numbered by first appearance, the
    /// interface bonus as a table over setting numbers, availability as a bit set over the pool's slots in order, and
    /// avoided pairs as a set, so that deciding and scoring each of the n² / 2 pairs is a handful of array reads.
    /// </summary>
    private sealed class Pool
    {
        private readonly IReadOnlyList<ExchangeParticipant> people;
        private readonly ExchangeWeights weights;
        private readonly int[] organisation, setting, profession, place;
        private readonly int[,] interfaceBonus;
        private readonly ExchangeSlot[] slots;
        private readonly int words;
        private readonly ulong[] availability;
        private readonly HashSet<(int, int)> avoided = [];

        public Pool(IReadOnlyList<ExchangeParticipant> people, ExchangeWeights weights)
        {
            (this.people, this.weights) = (people, weights);
            var index = new Dictionary<string, int>(people.Count, StringComparer.Ordinal);
            for (var i = 0; i < people.Count; i++)
                if (!index.TryAdd(people[i].Id, i))
                    throw new ArgumentException($"{people[i].Id} is the id of more than one participant", nameof(people));

            organisation = Number(p => p.OrganisationId, out _);
            setting = Number(p => p.Setting, out var settings);
            profession = Number(p => p.Profession, out _);
            place = Number(p => p.PlaceId, out _);
            interfaceBonus = new int[settings.Count, settings.Count];
            foreach (var (a, x) in settings)
                foreach (var (b, y) in settings)
                    interfaceBonus[x, y] = weights.Interface(a, b);

            slots = [.. people.SelectMany(p => p.Availability).Distinct().Order()];
            words = (slots.Length + 63) / 64;
            availability = new ulong[people.Count * words];
            for (var i = 0; i < people.Count; i++)
                foreach (var slot in people[i].Availability)
                {
                    var bit = Array.BinarySearch(slots, slot);
                    availability[i * words + bit / 64] |= 1UL << (bit % 64);
                }

            for (var i = 0; i < people.Count; i++)
                foreach (var other in people[i].Avoid)
                    if (index.TryGetValue(other, out var j) && j != i)
                        avoided.Add((Math.Min(i, j), Math.Max(i, j)));
        }

        /// <summary>Numbers the distinct values of a field by first appearance; a null value is −1.</summary>
        private int[] Number(Func<ExchangeParticipant, string?> field, out Dictionary<string, int> numbers)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var result = new int[people.Count];
            for (var i = 0; i < people.Count; i++)
                result[i] = field(people[i]) is { } value ? seen.TryGetValue(value, out var n) ? n : seen[value] = seen.Count : -1;
            numbers = seen;
            return result;
        }

        /// <summary>The terms of the score of the pair (i, j), i &lt; j, or null when matching.md does not allow it.</summary>
        public ExchangeScore? Score(int i, int j)
        {
            if (organisation[i] == organisation[j] || setting[i] == setting[j]) return null;
            if (SharedSlots(i, j) < weights.MinimumSharedSlots || avoided.Contains((i, j))) return null;
            return new ExchangeScore(weights.Base, interfaceBonus[setting[i], setting[j]],
                place[i] >= 0 && place[i] == place[j] ? weights.SamePlace : 0,
                profession[i] != profession[j] ? weights.DifferentProfessions : 0);
        }

        public ExchangeRefusal Refusal(int i, int j)
        {
            var (a, b) = (people[i], people[j]);
            var reason = organisation[i] == organisation[j] ? ExchangeRefusalReason.SameOrganisation
                : setting[i] == setting[j] ? ExchangeRefusalReason.SameSetting
                : avoided.Contains((i, j)) ? ExchangeRefusalReason.Avoided
                : ExchangeRefusalReason.TooFewSharedSlots;
            return new ExchangeRefusal(reason, a, b, SharedSlots(i, j), weights.MinimumSharedSlots);
        }

        private int SharedSlots(int i, int j)
        {
            var count = 0;
            for (var w = 0; w < words; w++)
                count += BitOperations.PopCount(availability[i * words + w] & availability[j * words + w]);
            return count;
        }

        /// <summary>The pair with its visits on the two earliest half-days both can make.</summary>
        public ExchangePair Pair(int i, int j, ExchangeScore score)
        {
            var (a, b) = string.CompareOrdinal(people[i].Id, people[j].Id) < 0 ? (i, j) : (j, i);
            var earliest = new List<ExchangeSlot>(2);
            for (var w = 0; w < words && earliest.Count < 2; w++)
            {
                var both = availability[i * words + w] & availability[j * words + w];
                while (both != 0 && earliest.Count < 2)
                {
                    earliest.Add(slots[w * 64 + BitOperations.TrailingZeroCount(both)]);
                    both &= both - 1;
                }
            }
            return new ExchangePair(people[a].Id, people[b].Id, score,
                new ExchangeVisit(earliest[0], people[a].Id), new ExchangeVisit(earliest[1], people[b].Id));
        }
    }
}
