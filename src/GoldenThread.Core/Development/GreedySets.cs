namespace GoldenThread.Development;

/// <summary>
/// A good placement of one system's registrants for <see cref="LearningSetFormer"/>'s search to start from (and to fall
/// back on if the search finds nothing in time). First greedily: as many sets as the placed could fill at the smallest
/// size, sized as evenly as the sizes allow; people with the rarest sector and profession first, each into the set with
/// room where they add most to its score (a new sector, profession or seniority level; fewest colleagues already
/// there), ties to the set with most room; when not everyone can be placed, those left when the sets are full are the
/// most common kinds of people. Then hill climbing: a person moves to another set with room (sizes stay between the
/// smallest and largest), or two people of different sets — or one placed and one not — change places, whenever that
/// raises the total score, until no move or exchange does. Each change is judged from counts of each set's sectors,
/// professions, seniority levels and organisations, so a pass over every pair costs little more than listing the pairs.
/// </summary>
internal sealed class GreedySets
{
    private readonly LearningSetWeights weights;
    private readonly int[] slotOf;
    private readonly int[][] kinds;
    private readonly int[][,] counts;
    private readonly int[] sizes;

    private GreedySets(IReadOnlyList<Registrant> people, int[] slotOf, int sets, LearningSetWeights weights)
    {
        this.weights = weights;
        this.slotOf = slotOf;
        Func<Registrant, string>[] attributes = [r => r.Sector, r => r.Profession, r => r.Seniority, r => r.OrganisationId];
        kinds = new int[attributes.Length][];
        counts = new int[attributes.Length][,];
        for (var a = 0; a < attributes.Length; a++)
        {
            var codes = new Dictionary<string, int>(StringComparer.Ordinal);
            kinds[a] = [.. people.Select(p => codes.TryGetValue(attributes[a](p), out var k) ? k : codes[attributes[a](p)] = codes.Count)];
            counts[a] = new int[sets, codes.Count];
        }
        sizes = new int[sets];
        for (var i = 0; i < people.Count; i++)
            if (slotOf[i] >= 0) Add(i, slotOf[i]);
    }

    /// <summary>Each person's set, −1 for someone unplaced; sets numbered by their lowest member.</summary>
    public static int[] Place(IReadOnlyList<Registrant> people, int placed, int minSize, int maxSize, LearningSetWeights weights)
    {
        var slotOf = Enumerable.Repeat(-1, people.Count).ToArray();
        var sets = placed / minSize;
        if (sets == 0) return slotOf;
        var search = new GreedySets(people, slotOf, sets, weights);
        search.Fill(people, placed);
        // Every change raises the score by at least 1 and the score is bounded, so this ends; the cap is a safeguard.
        for (var pass = 0; pass < 1_000 && search.Pass(minSize, maxSize); pass++) { }
        return Canonical(slotOf);
    }

    private void Fill(IReadOnlyList<Registrant> people, int placed)
    {
        var sets = sizes.Length;
        var room = Enumerable.Range(0, sets).Select(s => placed / sets + (s < placed % sets ? 1 : 0)).ToArray();
        var sectors = people.CountBy(p => p.Sector).ToDictionary();
        var professions = people.CountBy(p => p.Profession).ToDictionary();
        var order = Enumerable.Range(0, people.Count).OrderBy(i => sectors[people[i].Sector] + professions[people[i].Profession]).ThenBy(i => i);
        foreach (var i in order.Take(placed))
        {
            var best = -1;
            for (var s = 0; s < sets; s++)
                if (room[s] > 0 && (best < 0 || Gain(i, s) > Gain(i, best) || (Gain(i, s) == Gain(i, best) && room[s] > room[best]))) best = s;
            Add(i, best);
            room[best]--;
        }
    }

    /// <summary>The same sets numbered in the order of their lowest member, as the model orders its slots.</summary>
    internal static int[] Canonical(int[] slotOf)
    {
        var renumber = new Dictionary<int, int>();
        foreach (var slot in slotOf)
            if (slot >= 0 && !renumber.ContainsKey(slot)) renumber[slot] = renumber.Count;
        return [.. slotOf.Select(s => s >= 0 ? renumber[s] : -1)];
    }

    private bool Pass(int minSize, int maxSize)
    {
        var improved = false;
        for (var i = 0; i < slotOf.Length; i++)
        {
            for (var t = 0; t < sizes.Length; t++)
                if (slotOf[i] >= 0 && t != slotOf[i] && sizes[slotOf[i]] > minSize && sizes[t] < maxSize && Moved(i, t)) improved = true;
            for (var j = i + 1; j < slotOf.Length; j++)
                if (slotOf[i] != slotOf[j] && Exchanged(i, j)) improved = true;
        }
        return improved;
    }

    /// <summary>Moves person i to set t if that raises the score.</summary>
    private bool Moved(int i, int t)
    {
        var s = slotOf[i];
        Remove(i, s);
        if (Gain(i, t) > Gain(i, s))
        {
            Add(i, t);
            return true;
        }
        Add(i, s);
        return false;
    }

    /// <summary>Lets i and j change places (one of them may be unplaced) if that raises the score.</summary>
    private bool Exchanged(int i, int j)
    {
        var (s, t) = (slotOf[i], slotOf[j]);
        Remove(i, s);
        Remove(j, t);
        var now = Gain(i, s) + Gain(j, t);
        var after = Gain(i, t) + Gain(j, s);
        if (after > now)
        {
            Add(i, t);
            Add(j, s);
            return true;
        }
        Add(i, s);
        Add(j, t);
        return false;
    }

    /// <summary>What person i adds to set s (nothing to −1, the unplaced): a kind new to it, less its colleagues already there.</summary>
    private int Gain(int i, int s) => s < 0 ? 0
        : (counts[0][s, kinds[0][i]] == 0 ? weights.DistinctSectors : 0)
        + (counts[1][s, kinds[1][i]] == 0 ? weights.DistinctProfessions : 0)
        + (counts[2][s, kinds[2][i]] == 0 ? weights.DistinctSeniorities : 0)
        + weights.SameOrganisationPair * counts[3][s, kinds[3][i]];

    private void Add(int i, int s)
    {
        slotOf[i] = s;
        if (s < 0) return;
        for (var a = 0; a < kinds.Length; a++) counts[a][s, kinds[a][i]]++;
        sizes[s]++;
    }

    private void Remove(int i, int s)
    {
        slotOf[i] = -1;
        if (s < 0) return;
        for (var a = 0; a < kinds.Length; a++) counts[a][s, kinds[a][i]]--;
        sizes[s]--;
    }
}
