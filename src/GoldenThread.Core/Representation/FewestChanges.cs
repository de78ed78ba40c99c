using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;

namespace GoldenThread.Representation;

/// <summary>
/// The fewest appointments of people in the register onto bodies that close every gap finding that can be closed
/// (issue 5, "fewest changes"), solved exactly with OR-Tools CP-SAT. A finding closes when any of its targets is met;
/// a target is met when enough of its missing requirements are met by appointments onto any of its bodies; each
/// person takes at most one new seat on a body. The solve runs in three steps, each with what is left of the time
/// limit: the most findings that can be closed together, then the fewest appointments that close that many, then
/// among those the best people by <see cref="CandidateSearch"/>'s ranking. One search worker and a fixed seed make
/// the search deterministic, so the same network gives the same suggestion whenever the solver finishes within the
/// limit (the status says when it did not). The limit covers the whole suggestion, gathering the candidates included.
/// </summary>
public sealed class FewestChanges(TimeSpan timeLimit)
{
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    public static FewestChanges Default { get; } = new(DefaultTimeLimit);

    public TimeSpan TimeLimit => timeLimit;

    public FewestChangesResult Suggest(RepresentationNetwork network, DateOnly on, IEnumerable<Finding> findings)
    {
        var clock = Stopwatch.StartNew();
        var gaps = findings.Where(f => f.Severity == Severity.Gap).ToList();
        var evaluation = new Evaluation(network, on, RuleCatalogue.Default.TopLevelKinds);
        var pool = new AppointmentPool(network, evaluation, gaps);
        var remaining = () => timeLimit - clock.Elapsed;

        var model = new ClosureModel(pool);
        var outcome = Solve(model, remaining);
        var chosen = outcome.Chosen ?? [];
        var closed = pool.Findings.Select((_, f) => chosen.Count > 0 && MetTargets(pool, f, chosen).Any()).ToList();
        var reasons = new GapReasons(network, pool, remaining, outcome.Proved);
        return new FewestChangesResult(
            Appointments: Suggested(network, pool, chosen),
            Closed: [.. gaps.Where((_, f) => closed[f])],
            Open: [.. gaps.Select((gap, f) => (gap, f)).Where(x => !closed[x.f]).Select(x => new OpenGap(x.gap, reasons.Why(x.f)))],
            Status: outcome.Status,
            Bound: outcome.Bound,
            TimeLimit: timeLimit) { Candidates = pool.Candidates, Considered = pool.Options.Count };
    }

    private sealed record Outcome(FewestChangesStatus Status, IReadOnlyList<int>? Chosen, int Bound, bool Proved);

    private static Outcome Solve(ClosureModel model, Func<TimeSpan> remaining)
    {
        if (model.Closed.Count == 0) return new Outcome(FewestChangesStatus.Optimal, [], 0, true);

        // 1. As many findings closed together as can be: all that can be closed one at a time, unless two need the same people.
        model.Cp.Maximize(LinearExpr.Sum(model.Closed.Values));
        using var most = new CpSolver();
        var status = Run(most, model.Cp, remaining);
        if (!Found(status)) return new Outcome(FewestChangesStatus.NoSolution, null, 0, false);
        var closing = (long)Math.Round(most.ObjectiveValue);
        var proved = status == CpSolverStatus.Optimal;
        var chosen = model.ChosenBy(most);

        // 2. The fewest appointments that close as many.
        model.Cp.Add(LinearExpr.Sum(model.Closed.Values) >= closing);
        model.Cp.Minimize(LinearExpr.Sum(model.Choose));
        model.Hint(chosen);
        using var fewest = new CpSolver();
        status = Run(fewest, model.Cp, remaining);
        var bound = (int)Math.Max(0, Math.Ceiling(fewest.BestObjectiveBound - 1e-6));
        if (Found(status)) chosen = model.ChosenBy(fewest);
        var optimal = proved && status == CpSolverStatus.Optimal;
        bound = Math.Min(bound, chosen.Count);

        // 3. As many, spread over as many people as can be (one person given every lay seat is not a plan), then the
        // best-ranked person of each kind: a seat more on one person outweighs any ranking among the chosen.
        if (remaining() > TimeSpan.Zero)
        {
            model.Cp.Add(LinearExpr.Sum(model.Choose) == chosen.Count);
            var spread = chosen.Count * (model.Places.DefaultIfEmpty(0).Max() + 1) + 1;
            model.Cp.Minimize(LinearExpr.Sum(model.ExtraSeats) * spread + LinearExpr.WeightedSum(model.Choose, model.Places));
            model.Hint(chosen);
            using var best = new CpSolver();
            if (Found(Run(best, model.Cp, remaining))) chosen = model.ChosenBy(best);
        }
        return new Outcome(optimal ? FewestChangesStatus.Optimal : FewestChangesStatus.Feasible, chosen, optimal ? chosen.Count : bound, proved);
    }

    private static bool Found(CpSolverStatus status) => status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;

    /// <summary>
    /// One search worker and a fixed seed: the same model always gives the same answer, if the limit does not cut it
    /// short. The full linear relaxation (linearization level 2) is what proves the bound: at level 1 a single worker
    /// found the optimum of a 5,000-person system with 28 gaps but could not prove it in ten seconds; at 2 it does in a fraction of one.
    /// </summary>
    internal static CpSolverStatus Run(CpSolver solver, CpModel model, Func<TimeSpan> remaining)
    {
        var seconds = Math.Max(0.001, remaining().TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
        solver.StringParameters = $"num_workers:1 random_seed:20260 linearization_level:2 max_time_in_seconds:{seconds}";
        return solver.Solve(model, null);
    }

    /// <summary>The targets of finding <paramref name="finding"/> that the chosen appointments meet.</summary>
    internal static IEnumerable<int> MetTargets(AppointmentPool pool, int finding, IReadOnlyList<int> chosen)
    {
        var met = chosen.SelectMany(o => pool.Options[o].Needs).ToHashSet();
        var targets = pool.Findings[finding].Targets;
        return Enumerable.Range(0, targets.Count).Where(t => pool.TargetNeeds[finding][t].Count(met.Contains) >= targets[t].Required);
    }

    private static List<SuggestedAppointment> Suggested(RepresentationNetwork network, AppointmentPool pool, IReadOnlyList<int> chosen)
    {
        var helped = new Dictionary<int, List<Finding>>();
        for (var f = 0; f < pool.Findings.Count; f++)
        {
            var needs = MetTargets(pool, f, chosen).SelectMany(t => pool.TargetNeeds[f][t]).ToHashSet();
            foreach (var o in chosen.Where(o => pool.Options[o].Needs.Any(needs.Contains)))
            {
                if (!helped.TryGetValue(o, out var list)) helped[o] = list = [];
                list.Add(pool.Findings[f]);
            }
        }
        return [.. chosen.Select(o => pool.Options[o])
            .Select((option, i) => new SuggestedAppointment(option.Seat, option.Person.Person.Name, network.Bodies[option.Seat.BodyId].Name,
                helped.GetValueOrDefault(chosen[i]) ?? []))
            .OrderBy(a => a.BodyName, StringComparer.Ordinal).ThenBy(a => a.PersonName, StringComparer.Ordinal).ThenBy(a => a.Seat.PersonId, StringComparer.Ordinal)];
    }
}
