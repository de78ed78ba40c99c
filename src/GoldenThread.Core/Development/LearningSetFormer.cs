using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace GoldenThread.Development;

/// <summary>
/// Groups individual registrants into action learning sets within their own system (matching.md, "Action learning
/// sets"; <see cref="LearningSetFormation"/> is for sets that come from selected programme teams). Sizes are between a
/// smallest and a largest (6 and 8 by default, <see cref="LearningSetWeights"/>). In a system of n registrants the
/// number placed is fixed first, not traded against the score: the largest m ≤ n that some number of sets k can hold
/// (k × smallest ≤ m ≤ k × largest, <see cref="Placeable"/>). Among placements of m people the total score is the
/// largest, a set scoring distinctSectors × its distinct sectors + distinctProfessions × professions +
/// distinctSeniorities × seniority levels + sameOrganisationPair (negative) × pairs of members from one organisation
/// (<see cref="Score"/>). Each system is solved on its own with OR-Tools CP-SAT (<see cref="LearningSetModel"/>),
/// started from <see cref="GreedySets"/>, within a share of the time limit in proportion to its registrants (what an
/// earlier system leaves unused passes on). The status says whether the best was proved or the time limit stopped the
/// search (then the bound is CP-SAT's proven upper bound), and whether anyone is left out.
/// </summary>
public sealed class LearningSetFormer(LearningSetWeights weights, TimeSpan timeLimit, int workers)
{
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>The weights shipped with GoldenThread, a 10-second limit and a search worker for each processor.</summary>
    public static LearningSetFormer Default { get; } = new(DevelopmentWeights.Default.LearningSets, DefaultTimeLimit, Environment.ProcessorCount);

    public LearningSetWeights Weights => weights;

    /// <summary>The largest number of <paramref name="registrants"/> that sets of the sizes allowed can hold, 0 if not one set.</summary>
    public static int Placeable(int registrants, int minSize, int maxSize)
    {
        // k = ⌊m / min⌋ is the most sets m can fill; if even they cannot hold m at the largest size, no k can.
        for (var m = registrants; m >= minSize; m--)
            if (m / minSize * (long)maxSize >= m) return m;
        return 0;
    }

    /// <summary>The score of one set (matching.md).</summary>
    public int Score(IEnumerable<Registrant> members)
    {
        var list = members as IReadOnlyCollection<Registrant> ?? [.. members];
        return weights.DistinctSectors * list.Select(m => m.Sector).Distinct(StringComparer.Ordinal).Count()
            + weights.DistinctProfessions * list.Select(m => m.Profession).Distinct(StringComparer.Ordinal).Count()
            + weights.DistinctSeniorities * list.Select(m => m.Seniority).Distinct(StringComparer.Ordinal).Count()
            + weights.SameOrganisationPair * list.CountBy(m => m.OrganisationId).Sum(c => LearningSetModel.Pairs(c.Value));
    }

    /// <summary>The sets of every system of <paramref name="registrants"/>, sizes from the weights unless given.</summary>
    /// <exception cref="ArgumentException">Sizes out of order, a limit that is not positive, or an id used twice.</exception>
    public FormationResult Form(IReadOnlyList<Registrant> registrants, int? minSize = null, int? maxSize = null)
    {
        var (min, max) = (minSize ?? weights.MinSize, maxSize ?? weights.MaxSize);
        Check(registrants, min, max);
        var clock = Stopwatch.StartNew();
        var systems = registrants.GroupBy(r => r.SystemCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(r => r.Id, StringComparer.Ordinal).ToList()).ToList();
        var waiting = registrants.Count;
        var sets = new List<FormedSet>();
        var formations = new List<SystemFormation>();
        foreach (var people in systems)
        {
            var share = (double)people.Count / waiting;
            waiting -= people.Count;
            var (formation, formed) = FormSystem(people, min, max, () => (timeLimit - clock.Elapsed) * share);
            formations.Add(formation);
            sets.AddRange(formed);
        }
        return new FormationResult(sets, formations.Sum(f => f.TotalScore), formations.Sum(f => f.Bound), Overall(formations),
            formations.All(f => f.Proved), [.. formations.SelectMany(f => f.Unplaced)], formations);
    }

    private static FormationStatus Overall(List<SystemFormation> systems) =>
        systems.Count > 0 && systems.All(f => f.Status == FormationStatus.Infeasible) ? FormationStatus.Infeasible
        : systems.Any(f => f.Status is FormationStatus.Partial or FormationStatus.Infeasible) ? FormationStatus.Partial
        : systems.Any(f => f.Status == FormationStatus.Feasible) ? FormationStatus.Feasible
        : FormationStatus.Optimal;

    /// <param name="limit">The time this system may take, asked just before the search so that building the model counts.</param>
    private (SystemFormation, List<FormedSet>) FormSystem(List<Registrant> people, int min, int max, Func<TimeSpan> limit)
    {
        var code = people[0].SystemCode;
        var placed = Placeable(people.Count, min, max);
        if (placed == 0)
            return (new SystemFormation(code, FormationStatus.Infeasible, true, people.Count, 0, 0, 0, [.. people.Select(p => p.Id)]), []);

        var greedy = GreedySets.Place(people, placed, min, max, weights);
        var model = new LearningSetModel(people, placed, min, max, weights);
        model.Hint(greedy);
        using var solver = new CpSolver();
        var seconds = Math.Max(0.001, limit().TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
        solver.StringParameters = $"num_workers:{Math.Max(1, workers)} random_seed:20261 max_time_in_seconds:{seconds}";
        var status = solver.Solve(model.Cp);
        if (status == CpSolverStatus.ModelInvalid)
            throw new InvalidOperationException($"The learning-set model of {code} is invalid: {model.Cp.Validate()}");

        var found = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        var slotOf = found ? model.SlotsIn(solver) : greedy;
        var formed = Sets(people, slotOf);
        var total = formed.Sum(s => s.Score);
        var proved = status == CpSolverStatus.Optimal;
        // Without a proof, the tighter of CP-SAT's bound and the counting bound (whole, as every score is), never below what was found.
        var bound = proved ? total : Bound(Math.Min(solver.BestObjectiveBound, SetScoreBound.Of(people, placed, min, weights)), total);
        proved |= bound == total;
        var unplaced = people.Where((_, i) => slotOf[i] < 0).Select(p => p.Id).ToList();
        var state = unplaced.Count > 0 ? FormationStatus.Partial : proved ? FormationStatus.Optimal : FormationStatus.Feasible;
        return (new SystemFormation(code, state, proved, people.Count, placed, total, bound, unplaced), formed);
    }

    private static int Bound(double solverBound, int found) =>
        double.IsNaN(solverBound) ? int.MaxValue : (int)Math.Clamp(Math.Floor(solverBound + 1e-6), found, int.MaxValue);

    private List<FormedSet> Sets(List<Registrant> people, int[] slotOf) =>
        [.. Enumerable.Range(0, people.Count).Where(i => slotOf[i] >= 0).GroupBy(i => slotOf[i])
            .Select(g => g.Select(i => people[i]).ToList())
            .Select(members => new FormedSet(members[0].SystemCode, [.. members.Select(m => m.Id)], Score(members)))
            .OrderBy(s => s.Members[0], StringComparer.Ordinal)];

    private void Check(IReadOnlyList<Registrant> registrants, int min, int max)
    {
        if (min < 2) throw new ArgumentException($"The smallest set is {min}; a learning set needs at least 2", nameof(registrants));
        if (max < min) throw new ArgumentException($"The largest set ({max}) is smaller than the smallest ({min})", nameof(registrants));
        if (timeLimit <= TimeSpan.Zero) throw new ArgumentException($"The time limit ({timeLimit}) must be more than 0", nameof(registrants));
        if (registrants.CountBy(r => r.Id).FirstOrDefault(c => c.Value > 1) is { Key: { } twice })
            throw new ArgumentException($"{twice} is the id of more than one registrant", nameof(registrants));
    }
}
