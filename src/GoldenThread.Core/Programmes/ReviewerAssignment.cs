using Google.OrTools.Graph;

namespace GoldenThread.Programmes;

/// <summary>A reviewer (by account id) on an application.</summary>
public sealed record ReviewPair(Guid ApplicationId, string ReviewerId);

/// <summary>An application that could not get all its reviewers, and why.</summary>
public sealed record ReviewShortfall(Guid ApplicationId, int Assigned, int Needed, string Reason);

/// <summary>What automatic assignment adds, what it could not do, and each reviewer's load afterwards (existing assignments included).</summary>
public sealed record AssignmentPlan(IReadOnlyList<ReviewPair> Added, IReadOnlyList<ReviewShortfall> Shortfalls, IReadOnlyDictionary<string, int> Loads);

/// <summary>
/// Automatic assignment of reviewers (issue 6, "Review"): every application gets <c>needed</c> reviewers where it can,
/// never one with a conflict and never the same reviewer twice, keeping the assignments already made, with loads as even
/// as they can be. It is a minimum-cost maximum flow (OR-Tools): source → application (its remaining need) → reviewer
/// (one unit where allowed) → sink, where a reviewer's k-th assignment overall costs k. The costs grow with the load, so
/// the cheapest flow spreads the work: moving an assignment from a reviewer with load a to one with load b ≤ a − 2 who
/// may take it saves a − (b + 1) ≥ 1, so no optimum leaves such a move.
/// </summary>
public static class ReviewerAssignment
{
    /// <param name="applications">The applications to review.</param>
    /// <param name="reviewers">Who may review, by account id.</param>
    /// <param name="needed">Reviewers each application needs (the round's <see cref="ProgrammeRound.ReviewersPerApplication"/>).</param>
    /// <param name="existing">Assignments already made: kept, and counted in needs and loads.</param>
    /// <param name="forbidden">Pairs that must not be assigned: the conflicts, declared or computed, not overridden.</param>
    public static AssignmentPlan Plan(IReadOnlyList<Guid> applications, IReadOnlyList<string> reviewers, int needed,
        IReadOnlyCollection<ReviewPair> existing, IReadOnlyCollection<ReviewPair> forbidden)
    {
        var kept = existing.ToHashSet();
        var barred = forbidden.ToHashSet();
        var apps = applications.Distinct().ToList();
        var people = reviewers.Distinct(StringComparer.Ordinal).ToList();
        var load = people.ToDictionary(r => r, r => kept.Count(p => p.ReviewerId == r), StringComparer.Ordinal);
        var need = apps.Select(a => Math.Max(0, needed - kept.Count(p => p.ApplicationId == a))).ToList();
        var free = apps.Select(a => people.Where(r => !kept.Contains(new(a, r)) && !barred.Contains(new(a, r))).ToList()).ToList();

        var added = Solve(apps, people, need, free, load);
        foreach (var pair in added) load[pair.ReviewerId]++;
        var shortfalls = apps.Select((a, i) => (a, i))
            .Where(x => free[x.i].Count < need[x.i])
            .Select(x => Shortfall(x.a, needed, kept.Count(p => p.ApplicationId == x.a) + added.Count(p => p.ApplicationId == x.a),
                people.Count(r => barred.Contains(new(x.a, r)) && !kept.Contains(new(x.a, r))), people.Count))
            .ToList();
        return new AssignmentPlan(added, shortfalls, load);
    }

    private static List<ReviewPair> Solve(List<Guid> apps, List<string> people, List<int> need, List<List<string>> free, Dictionary<string, int> load)
    {
        const int source = 0, sink = 1;
        int App(int i) => 2 + i;
        int Reviewer(int j) => 2 + apps.Count + j;
        var index = people.Select((r, j) => (r, j)).ToDictionary(x => x.r, x => x.j, StringComparer.Ordinal);

        using var flow = new MinCostFlow();
        var pairs = new List<(int Arc, ReviewPair Pair)>();
        for (var i = 0; i < apps.Count; i++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, App(i), need[i], 0);
            foreach (var r in free[i])
                pairs.Add((flow.AddArcWithCapacityAndUnitCost(App(i), Reviewer(index[r]), 1, 0), new ReviewPair(apps[i], r)));
        }
        for (var j = 0; j < people.Count; j++)
        {
            var open = Enumerable.Range(0, apps.Count).Count(i => free[i].Contains(people[j]));
            for (var k = 1; k <= open; k++)
                flow.AddArcWithCapacityAndUnitCost(Reviewer(j), sink, 1, load[people[j]] + k);
        }
        var total = need.Sum();
        flow.SetNodeSupply(source, total);
        flow.SetNodeSupply(sink, -total);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            throw new InvalidOperationException($"reviewer assignment: the flow solver answered {status}");
        return [.. pairs.Where(p => flow.Flow(p.Arc) > 0).Select(p => p.Pair)];
    }

    private static ReviewShortfall Shortfall(Guid application, int needed, int assigned, int conflicted, int reviewers) =>
        new(application, assigned, needed, conflicted == 0
            ? reviewers switch { 0 => "there are no reviewers", 1 => "there is only 1 reviewer", _ => $"there are only {reviewers} reviewers" }
            : $"{conflicted} of the {reviewers} reviewers {(conflicted == 1 ? "has" : "have")} a conflict with it");
}
