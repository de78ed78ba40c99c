using Google.OrTools.Sat;

namespace GoldenThread.Representation;

/// <summary>
/// The CP-SAT model of <see cref="FewestChanges"/>: a choice per appointment in the pool, at most one new seat per
/// person and body, a need met when some chosen appointment meets it, a target met when enough of its needs are, and a
/// finding closed when any of its targets is. Only findings that some target could close get a variable in <see cref="Closed"/>.
/// </summary>
internal sealed class ClosureModel
{
    public CpModel Cp { get; } = new();
    public IReadOnlyList<BoolVar> Choose { get; }
    /// <summary>Each appointment's place in its class: 0 for the best-ranked person.</summary>
    public IReadOnlyList<long> Places { get; }
    public IReadOnlyDictionary<int, BoolVar> Closed { get; }
    /// <summary>For each person offered more than one seat, how many more than one the solution gives them.</summary>
    public IReadOnlyList<IntVar> ExtraSeats { get; }

    /// <param name="only">One finding to model on its own, or null for all of them.</param>
    public ClosureModel(AppointmentPool pool, int? only = null)
    {
        Choose = [.. pool.Options.Select((_, o) => Cp.NewBoolVar($"choose{o}"))];
        Places = [.. pool.Options.Select(o => (long)o.Place)];
        foreach (var seats in Enumerable.Range(0, pool.Options.Count).GroupBy(o => (pool.Options[o].Seat.PersonId, pool.Options[o].Seat.BodyId)))
            if (seats.Skip(1).Any()) Cp.AddAtMostOne(seats.Select(o => Choose[o]));
        // Two of a class meet the same needs, so neither is needed: no set the solver looks for has both (AppointmentPool).
        foreach (var alike in Enumerable.Range(0, pool.Options.Count).GroupBy(o => pool.Options[o].Class))
            if (alike.Skip(1).Any()) Cp.AddAtMostOne(alike.Select(o => Choose[o]));

        ExtraSeats = [.. Enumerable.Range(0, pool.Options.Count).GroupBy(o => pool.Options[o].Seat.PersonId).Where(g => g.Skip(1).Any())
            .Select(seats =>
            {
                var extra = Cp.NewIntVar(0, seats.Count() - 1, $"extra{seats.Key}");
                Cp.Add(extra >= LinearExpr.Sum(seats.Select(o => Choose[o])) - 1);
                return extra;
            })];

        var met = new Dictionary<int, BoolVar>();
        var closed = new Dictionary<int, BoolVar>();
        foreach (var f in only is { } one ? [one] : Enumerable.Range(0, pool.Findings.Count))
        {
            var ways = new List<ILiteral>();
            for (var t = 0; t < pool.TargetNeeds[f].Count; t++)
            {
                var required = pool.Findings[f].Targets[t].Required;
                var coverable = Coverable(pool, f, t);
                if (coverable.Count < required) continue;
                foreach (var need in coverable.Where(n => !met.ContainsKey(n)))
                {
                    met[need] = Cp.NewBoolVar($"met{need}");
                    Cp.AddBoolOr(pool.MeetersOf[need].Select(o => Choose[o])).OnlyEnforceIf(met[need]);
                }
                var way = Cp.NewBoolVar($"target{f}.{t}");
                Cp.Add(LinearExpr.Sum(coverable.Select(n => met[n])) >= LinearExpr.Term(way, required));
                ways.Add(way);
            }
            if (ways.Count == 0) continue;
            closed[f] = Cp.NewBoolVar($"closed{f}");
            Cp.AddBoolOr(ways).OnlyEnforceIf(closed[f]);
        }
        Closed = closed;
    }

    /// <summary>The needs of a target that some appointment in the pool meets.</summary>
    public static List<int> Coverable(AppointmentPool pool, int finding, int target) =>
        [.. pool.TargetNeeds[finding][target].Where(n => pool.MeetersOf[n].Count > 0)];

    public IReadOnlyList<int> ChosenBy(CpSolver solver) => [.. Enumerable.Range(0, Choose.Count).Where(o => solver.BooleanValue(Choose[o]))];

    public void Hint(IReadOnlyList<int> chosen)
    {
        Cp.ClearHints();
        var set = chosen.ToHashSet();
        for (var o = 0; o < Choose.Count; o++) Cp.AddHint(Choose[o], set.Contains(o));
    }
}
