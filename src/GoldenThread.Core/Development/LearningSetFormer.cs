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
/// (<see cref="Score"/>). Each system starts from <see cref="GreedySets"/> (greedy, then hill climbing); when that meets
/// <see cref="SetScoreBound"/> it is proved the best and nothing more is done, as is usual with registers like the
/// generated ones. Otherwise OR-Tools CP-SAT searches on from it (<see cref="LearningSetModel"/>), the systems sharing
/// the time limit in proportion to their registrants. The status says whether the best was proved or the time limit
/// stopped the search (then the bound is the tighter of CP-SAT's proven bound and the counting bound), and whether
/// anyone is left out. Members and sets come sorted, so the output does not depend on the input's order; with two
/// search workers CP-SAT may return a different one of several equally good placements from run to run.
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
    public int Score(IEnumerable<Registrant> members) =>
        LearningSetRegistrationRules.Composition(members as IReadOnlyCollection<Registrant> ?? [.. members], weights).Score;

    /// <summary>The sets of every system of <paramref name="registrants"/>, sizes from the weights unless given.</summary>
    /// <exception cref="ArgumentException">Sizes out of order, a limit that is not positive, weights of the wrong sign, or an id used twice.</exception>
    public FormationResult Form(IReadOnlyList<Registrant> registrants, int? minSize = null, int? maxSize = null)
    {
        var (min, max) = (minSize ?? weights.MinSize, maxSize ?? weights.MaxSize);
        Check(registrants, min, max);
        var clock = Stopwatch.StartNew();
        var starts = registrants.GroupBy(r => r.SystemCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Begin([.. g.OrderBy(r => r.Id, StringComparer.Ordinal)], min, max)).ToList();
        // The time goes to the systems the climb has not proved, in proportion to their registrants; what one leaves
        // unused passes on to the next.
        var waiting = starts.Where(s => s.Searching).Sum(s => s.People.Count);
        var sets = new List<FormedSet>();
        var formations = new List<SystemFormation>();
        foreach (var start in starts)
        {
            var (slotOf, bound) = (start.SlotOf, start.Counted);
            if (start.Searching)
            {
                var share = (double)start.People.Count / waiting;
                waiting -= start.People.Count;
                (slotOf, bound) = Search(start, min, max, () => (timeLimit - clock.Elapsed) * share);
            }
            var formed = Sets(start.People, slotOf);
            formations.Add(Formation(start, slotOf, formed.Sum(f => f.Score), bound));
            sets.AddRange(formed);
        }
        return new FormationResult(sets, formations.Sum(f => f.TotalScore), formations.Sum(f => f.Bound), Overall(formations),
            formations.All(f => f.Proved), [.. formations.SelectMany(f => f.Unplaced)], formations);
    }

    /// <summary>One system before its search: the greedy placement and the counting bound; no search when they meet.</summary>
    private sealed record Start(List<Registrant> People, int Placed, int[] SlotOf, long Counted, bool Searching);

    private Start Begin(List<Registrant> people, int min, int max)
    {
        var placed = Placeable(people.Count, min, max);
        var greedy = GreedySets.Place(people, placed, min, max, weights);
        var counted = placed == 0 ? 0 : SetScoreBound.Of(people, placed, min, weights);
        return new Start(people, placed, greedy, counted, placed > 0 && Sets(people, greedy).Sum(s => s.Score) < counted);
    }

    private static FormationStatus Overall(List<SystemFormation> systems) =>
        systems.Count > 0 && systems.All(f => f.Status == FormationStatus.Infeasible) ? FormationStatus.Infeasible
        : systems.Any(f => f.Status is FormationStatus.Partial or FormationStatus.Infeasible) ? FormationStatus.Partial
        : systems.Any(f => f.Status == FormationStatus.Feasible) ? FormationStatus.Feasible
        : FormationStatus.Optimal;

    private static SystemFormation Formation(Start start, int[] slotOf, int total, long bound)
    {
        var code = start.People[0].SystemCode;
        var unplaced = start.People.Where((_, i) => slotOf[i] < 0).Select(p => p.Id).ToList();
        if (start.Placed == 0) return new SystemFormation(code, FormationStatus.Infeasible, true, start.People.Count, 0, 0, 0, unplaced);
        var proved = bound <= total;
        var status = unplaced.Count > 0 ? FormationStatus.Partial : proved ? FormationStatus.Optimal : FormationStatus.Feasible;
        return new SystemFormation(code, status, proved, start.People.Count, start.Placed, total, (int)Math.Clamp(bound, total, int.MaxValue), unplaced);
    }

    /// <summary>
    /// CP-SAT from the greedy placement, told that no total exceeds the counting bound so that it may stop there:
    /// its best placement (the start if it found none in time) and the proven bound, the tighter of its own and the
    /// counting bound. CP-SAT's own bound means something only once it has searched (stopped in presolve it says 0).
    /// </summary>
    /// <param name="limit">The time this system may take, asked just before the search so that building the model counts.</param>
    private (int[] SlotOf, long Bound) Search(Start start, int min, int max, Func<TimeSpan> limit)
    {
        var (people, counted) = (start.People, start.Counted);
        var model = new LearningSetModel(people, start.Placed, min, max, weights, counted);
        model.Hint(start.SlotOf);
        using var solver = new CpSolver();
        // CP-SAT runs over its limit by a few percent when it stops in presolve; probing, the longest part of presolve
        // here (half of 2.8 s for 200 people), changed neither the placement nor the bound it reached, so it is left out.
        var seconds = Math.Max(0.001, 0.95 * limit().TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
        solver.StringParameters = $"num_workers:{Math.Max(1, workers)} random_seed:20261 cp_model_probing_level:0 max_time_in_seconds:{seconds}";
        var status = solver.Solve(model.Cp);
        if (status == CpSolverStatus.ModelInvalid)
            throw new InvalidOperationException($"The learning-set model of {people[0].SystemCode} is invalid: {model.Cp.Validate()}");
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return (start.SlotOf, counted);
        var slotOf = model.SlotsIn(solver);
        var own = status == CpSolverStatus.Optimal ? solver.ObjectiveValue : solver.BestObjectiveBound;
        return (slotOf, double.IsNaN(own) ? counted : Math.Min(counted, (long)Math.Floor(own + 1e-6)));
    }

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
        if (LearningSetWeights.Problems(weights) is [var wrong, ..]) throw new ArgumentException(wrong, nameof(registrants));
        if (registrants.CountBy(r => r.Id).FirstOrDefault(c => c.Value > 1) is { Key: { } twice })
            throw new ArgumentException($"{twice} is the id of more than one registrant", nameof(registrants));
    }
}
