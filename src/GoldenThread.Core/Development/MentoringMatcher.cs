using GoldenThread.Network;
using Google.OrTools.Graph;

namespace GoldenThread.Development;

/// <summary>
/// Assigns mentees to mentors (matching.md, "Mentoring"): a pair is allowed when the two are from different
/// organisations, the mentor is at least as senior as the mentee (the seniority vocabulary's order) and neither names the
/// other in <c>avoid</c>; its score is base + askedProfession when the mentor's profession is one the mentee asked for +
/// askedSetting likewise for the setting + differentPlaces when their places differ (<see cref="MentoringWeights"/>).
/// The assignment has the largest total score with each mentee at most once and each mentor within capacity, solved
/// exactly as a minimum-cost flow (OR-Tools): source → mentor (capacity) → mentee (1) → sink, costs −score, and an arc
/// from source to sink at cost 0 that carries whatever is better left unused — so the flow maximises the score, not the
/// number of pairs: two pairs of 19 beat the three of 10 to 12 that would be the only way to place everyone.
/// Among assignments of the best total, the one whose pairs stand earliest in the input (the sum of mentor's and
/// mentee's positions, least) is chosen, so the same input always gives the same pairs.
/// </summary>
public sealed class MentoringMatcher(MentoringWeights weights, Vocabularies vocabularies)
{
    public static MentoringMatcher Default { get; } = new(DevelopmentWeights.Default.Mentoring, Vocabularies.Default);

    /// <summary>The score of the pair, or null when matching.md does not allow it.</summary>
    public int? Score(Mentor mentor, Mentee mentee) => Terms(mentor, mentee)?.Total;

    /// <summary>What the score of the pair is made of, or null when matching.md does not allow it.</summary>
    public MentoringScore? Terms(Mentor mentor, Mentee mentee) =>
        Terms(mentor, Rank(mentor.Seniority, mentor.Id), mentee, Rank(mentee.Seniority, mentee.Id));

    /// <summary>The same, with each side's place in the seniority order found once for all their pairs.</summary>
    private MentoringScore? Terms(Mentor mentor, int mentorRank, Mentee mentee, int menteeRank)
    {
        if (mentorRank < menteeRank || mentor.OrganisationId == mentee.OrganisationId) return null;
        if (mentor.Avoid.Contains(mentee.Id) || mentee.Avoid.Contains(mentor.Id)) return null;
        return new MentoringScore(weights.Base,
            mentee.WantsProfessions.Contains(mentor.Profession) ? weights.AskedProfession : 0,
            mentee.WantsSettings.Contains(mentor.Setting) ? weights.AskedSetting : 0,
            mentor.PlaceId != mentee.PlaceId ? weights.DifferentPlaces : 0);
    }

    /// <summary>The best assignment of <paramref name="mentees"/> to <paramref name="mentors"/>.</summary>
    /// <exception cref="ArgumentException">A negative capacity, an unknown seniority or an id used twice.</exception>
    public MentoringResult Match(IReadOnlyList<Mentor> mentors, IReadOnlyList<Mentee> mentees)
    {
        Check(mentors, mentees);
        var edges = Edges(mentors, mentees);
        var supply = (int)Math.Min(mentors.Sum(m => (long)m.Capacity), mentees.Count);
        var chosen = supply == 0 || edges.Count == 0 ? [] : Solve(mentors, mentees, edges, supply);

        var pairs = chosen.OrderBy(e => e.Mentor).ThenBy(e => e.Mentee)
            .Select(e => new MentoringPair(mentors[e.Mentor].Id, mentees[e.Mentee].Id, e.Score)).ToList();
        var matched = chosen.Select(e => e.Mentee).ToHashSet();
        var taken = chosen.CountBy(e => e.Mentor).ToDictionary();
        return new MentoringResult(
            pairs,
            pairs.Sum(p => p.Score),
            [.. mentees.Where((_, j) => !matched.Contains(j)).Select(m => m.Id)],
            [.. mentors.Select((m, i) => new SpareCapacity(m.Id, m.Capacity - taken.GetValueOrDefault(i))).Where(s => s.Spare > 0)]);
    }

    private readonly record struct Edge(int Mentor, int Mentee, int Score);

    private List<Edge> Edges(IReadOnlyList<Mentor> mentors, IReadOnlyList<Mentee> mentees)
    {
        var edges = new List<Edge>();
        var menteeRanks = mentees.Select(m => Rank(m.Seniority, m.Id)).ToArray();
        for (var i = 0; i < mentors.Count; i++)
        {
            if (mentors[i].Capacity == 0) continue;
            var rank = Rank(mentors[i].Seniority, mentors[i].Id);
            for (var j = 0; j < mentees.Count; j++)
                if (Terms(mentors[i], rank, mentees[j], menteeRanks[j]) is { } terms)
                    edges.Add(new Edge(i, j, terms.Total));
        }
        return edges;
    }

    /// <summary>
    /// Nodes: 0 the source, 1..M the mentors, M+1..M+N the mentees, M+N+1 the sink. A pair's cost is −score × B + (i + j):
    /// B exceeds the sum of i + j over any set of pairs, so a higher total score always costs less, and among equal
    /// totals the earliest pairs cost least.
    /// </summary>
    private static List<Edge> Solve(IReadOnlyList<Mentor> mentors, IReadOnlyList<Mentee> mentees, List<Edge> edges, int supply)
    {
        var sink = mentors.Count + mentees.Count + 1;
        var scale = (long)supply * (mentors.Count + mentees.Count) + 1;
        using var flow = new MinCostFlow();
        for (var i = 0; i < mentors.Count; i++)
            flow.AddArcWithCapacityAndUnitCost(0, 1 + i, mentors[i].Capacity, 0);
        var first = -1;
        foreach (var e in edges)
        {
            var arc = flow.AddArcWithCapacityAndUnitCost(1 + e.Mentor, 1 + mentors.Count + e.Mentee, 1, -e.Score * scale + e.Mentor + e.Mentee);
            if (first < 0) first = arc;
        }
        for (var j = 0; j < mentees.Count; j++)
            flow.AddArcWithCapacityAndUnitCost(1 + mentors.Count + j, sink, 1, 0);
        flow.AddArcWithCapacityAndUnitCost(0, sink, supply, 0);
        flow.SetNodeSupply(0, supply);
        flow.SetNodeSupply(sink, -supply);

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            throw new InvalidOperationException($"The mentoring flow could not be solved: {status}");
        return [.. edges.Where((_, k) => flow.Flow(first + k) > 0)];
    }

    private static void Check(IReadOnlyList<Mentor> mentors, IReadOnlyList<Mentee> mentees)
    {
        if (mentors.FirstOrDefault(m => m.Capacity < 0) is { } negative)
            throw new ArgumentException($"Mentor {negative.Id} has a capacity below 0", nameof(mentors));
        if (mentors.Select(m => m.Id).Concat(mentees.Select(m => m.Id)).CountBy(id => id).FirstOrDefault(c => c.Value > 1) is { Key: { } twice })
            throw new ArgumentException($"{twice} is the id of more than one mentor or mentee");
    }

    private int Rank(string seniority, string id)
    {
        var rank = IndexOf(vocabularies.Seniority, seniority);
        return rank >= 0 ? rank : throw new ArgumentException($"{id}: '{seniority}' is not a seniority ({string.Join(", ", vocabularies.Seniority)})");
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value) return i;
        return -1;
    }
}
