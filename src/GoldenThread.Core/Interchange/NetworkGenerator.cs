using GoldenThread.Network;

namespace GoldenThread.Interchange;

/// <summary>
/// Synthetic but realistic <c>goldenthread/network/v1</c> documents at national scale (DESIGN.md, the
/// <c>generate</c> verb): system k is the k-th real ICB of <c>Reference/icbs.csv</c>, with made-up places,
/// organisations across every sector, a workforce shaped like the NHS and social care professions, leadership
/// bodies of every kind at every level, memberships and posts. Each system draws from its own random stream,
/// seeded from the seed and its position, so the same inputs give the same documents and system k is the same
/// however many systems are asked for.
/// </summary>
public static partial class NetworkGenerator
{
    public const int MinPeople = 50;
    public const int MaxPeople = 100_000;

    public static int MaxSystems => IcbRegister.All.Count;

    // Dates are fixed so that a file depends on its inputs alone, never on the day it is generated.
    private static readonly DateOnly ReferenceDate = new(2026, 4, 1);
    private static readonly DateOnly IcsEra = new(2022, 7, 1);
    private static readonly DateOnly LastTurnover = new(2024, 7, 1);
    private static readonly DateOnly LatestEnd = new(2025, 9, 30);

    /// <summary>The first <paramref name="systems"/> systems, each with exactly <paramref name="peoplePerSystem"/> people.</summary>
    /// <exception cref="ArgumentOutOfRangeException">There are more systems than ICBs, or people out of range.</exception>
    public static IEnumerable<NetworkDocument> Generate(int systems, int peoplePerSystem, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(systems, 1);
        if (systems > MaxSystems)
        {
            throw new ArgumentOutOfRangeException(nameof(systems), systems, $"England has {MaxSystems} integrated care boards; ask for at most {MaxSystems} systems");
        }

        CheckPeople(peoplePerSystem);
        return Enumerable.Range(0, systems).Select(index => GenerateSystem(index, peoplePerSystem, seed));
    }

    /// <summary>System <paramref name="index"/> (from 0) on its own: the same document <see cref="Generate"/> gives at that position.</summary>
    public static NetworkDocument GenerateSystem(int index, int peoplePerSystem, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index >= MaxSystems)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"England has {MaxSystems} integrated care boards, numbered from 0");
        }

        CheckPeople(peoplePerSystem);
        return new Builder(IcbRegister.All[index], peoplePerSystem, new Random(SystemSeed(seed, index))).Build();
    }

    private static void CheckPeople(int people)
    {
        if (people is < MinPeople or > MaxPeople)
        {
            throw new ArgumentOutOfRangeException(nameof(people), people, $"a system needs between {MinPeople} and {MaxPeople} people");
        }
    }

    // SplitMix64's finaliser: neighbouring seeds and positions give unrelated streams.
    private static int SystemSeed(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }

    private sealed partial class Builder(Icb icb, int peopleCount, Random rng)
    {
        private readonly string shortName = ShortName(icb.Name);
        private readonly HashSet<string> usedNames = [];
        private readonly List<PlaceRecord> places = [];
        private readonly List<NeighbourhoodRecord> neighbourhoods = [];

        public NetworkDocument Build()
        {
            AddPlaces();
            AddOrganisations();
            AddPeople();
            AddBodies();
            AddMemberships();
            AddReturningMembers();
            AddPosts();
            return new NetworkDocument
            {
                System = new SystemRecord(icb.OdsCode, icb.Name, icb.Region, icb.Population, PriorityAreas()),
                Places = places,
                Neighbourhoods = neighbourhoods,
                Organisations = organisations,
                People = [.. workers.Select(w => w.Record)],
                Bodies = bodies,
                Memberships = memberships,
                Posts = posts,
            };
        }

        private List<string> PriorityAreas() => [.. Shuffled(PriorityAreaChoices).Take(rng.Next(4, 6))];

        // London's boroughs are all unitary; elsewhere systems mix unitary councils with county and district pairs.
        private void AddPlaces()
        {
            var count = rng.Next(3, 7);
            var populations = Split(icb.Population, count);
            var london = icb.Region == "London";
            var firstTwoTier = rng.Next(count);
            for (var i = 0; i < count; i++)
            {
                var twoTier = !london && (i == firstTwoTier || (i != (firstTwoTier + 1) % count && rng.NextDouble() < 0.4));
                var place = new PlaceRecord($"p{i + 1}", NewPlaceName(), populations[i], twoTier ? "two-tier" : "unitary");
                places.Add(place);
                AddNeighbourhoods(place);
            }
        }

        private void AddNeighbourhoods(PlaceRecord place)
        {
            var count = rng.Next(3, 6);
            var populations = Split(place.Population, count);
            for (var i = 0; i < count; i++)
            {
                var name = rng.Next(4) switch
                {
                    0 => Unique($"{place.Name} {Pick(Quarters)}"),
                    1 => Unique($"{NewPlaceName()} and {NewPlaceName()}"),
                    2 => Unique($"{NewPlaceName()} Rural"),
                    _ => NewPlaceName(),
                };
                neighbourhoods.Add(new NeighbourhoodRecord($"n{neighbourhoods.Count + 1}", name, place.Id, populations[i]));
            }
        }

        /// <summary>Shares a whole out in uneven parts that add up to it exactly.</summary>
        private int[] Split(int total, int parts)
        {
            var weights = Enumerable.Range(0, parts).Select(_ => 0.6 + rng.NextDouble()).ToArray();
            var sum = weights.Sum();
            var shares = weights.Select(w => (int)(total * w / sum)).ToArray();
            shares[^1] += total - shares.Sum();
            return shares;
        }

        private string NewPlaceName()
        {
            while (true)
            {
                var name = Pick(PlacePrefixes) + Pick(PlaceSuffixes);
                if (usedNames.Add(name))
                {
                    return name;
                }
            }
        }

        // Falls back to a numbered name, since a made-up place may already carry the plain one.
        private string Unique(string name)
        {
            var candidate = name;
            for (var n = 2; !usedNames.Add(candidate); n++)
            {
                candidate = $"{name} {n}";
            }

            return candidate;
        }

        private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

        private List<T> Shuffled<T>(IEnumerable<T> items)
        {
            var list = items.ToList();
            for (var i = list.Count - 1; i > 0; i--)
            {
                var j = rng.Next(i + 1);
                (list[i], list[j]) = (list[j], list[i]);
            }

            return list;
        }

        private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

        private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

        private static string ShortName(string icbName) =>
            icbName.Replace("NHS ", "", StringComparison.Ordinal).Replace(" Integrated Care Board", "", StringComparison.Ordinal);
    }
}
