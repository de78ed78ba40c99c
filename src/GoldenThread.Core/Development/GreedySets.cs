namespace GoldenThread.Development;

/// <summary>
/// A quick, good placement of one system's registrants to start <see cref="LearningSetFormer"/>'s search from (and to
/// fall back on if the search finds nothing in time): as many sets as the placed could fill at the smallest size, sized
/// as evenly as the sizes allow; people with the rarest sector and profession first, each into the set with room where
/// they add most to its score (new sector, profession, seniority; fewest colleagues already there), ties to the set with
/// most room. When not everyone can be placed, those left when the sets are full are the most common kinds of people.
/// </summary>
internal static class GreedySets
{
    /// <summary>Each person's set, −1 for someone unplaced; sets numbered by their lowest member.</summary>
    public static int[] Place(IReadOnlyList<Registrant> people, int placed, int minSize, LearningSetWeights weights)
    {
        var slotOf = Enumerable.Repeat(-1, people.Count).ToArray();
        var sets = placed / minSize;
        if (sets == 0) return slotOf;
        var room = Enumerable.Range(0, sets).Select(s => placed / sets + (s < placed % sets ? 1 : 0)).ToArray();
        var members = Enumerable.Range(0, sets).Select(_ => new List<Registrant>()).ToArray();

        var sectors = people.CountBy(p => p.Sector).ToDictionary();
        var professions = people.CountBy(p => p.Profession).ToDictionary();
        var order = Enumerable.Range(0, people.Count).OrderBy(i => sectors[people[i].Sector] + professions[people[i].Profession]).ThenBy(i => i);
        var left = placed;
        foreach (var i in order)
        {
            if (left == 0) break;
            var best = -1;
            var bestGain = int.MinValue;
            for (var s = 0; s < sets; s++)
            {
                if (room[s] == 0) continue;
                var gain = Gain(members[s], people[i], weights);
                if (gain > bestGain || (gain == bestGain && room[s] > room[best])) (best, bestGain) = (s, gain);
            }
            slotOf[i] = best;
            members[best].Add(people[i]);
            room[best]--;
            left--;
        }
        return Canonical(slotOf);
    }

    /// <summary>What adding <paramref name="person"/> adds to the score of a set of <paramref name="members"/>.</summary>
    private static int Gain(List<Registrant> members, Registrant person, LearningSetWeights weights) =>
        (members.Exists(m => m.Sector == person.Sector) ? 0 : weights.DistinctSectors)
        + (members.Exists(m => m.Profession == person.Profession) ? 0 : weights.DistinctProfessions)
        + (members.Exists(m => m.Seniority == person.Seniority) ? 0 : weights.DistinctSeniorities)
        + weights.SameOrganisationPair * members.Count(m => m.OrganisationId == person.OrganisationId);

    /// <summary>The same sets numbered in the order of their lowest member, as the model orders its slots.</summary>
    internal static int[] Canonical(int[] slotOf)
    {
        var renumber = new Dictionary<int, int>();
        foreach (var slot in slotOf)
            if (slot >= 0 && !renumber.ContainsKey(slot)) renumber[slot] = renumber.Count;
        return [.. slotOf.Select(s => s >= 0 ? renumber[s] : -1)];
    }
}
