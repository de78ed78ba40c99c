using GoldenThread.Network;
using Google.OrTools.Sat;

namespace GoldenThread.Representation;

/// <summary>Why <see cref="FewestChanges"/> leaves a gap open, in words a leadership team can act on.</summary>
internal sealed class GapReasons(RepresentationNetwork network, AppointmentPool pool, Func<TimeSpan> remaining, bool settled)
{
    public string Why(int finding)
    {
        var targets = pool.Findings[finding].Targets;
        if (targets.Count == 0)
            return "No appointment can close it: the register lacks the body or the organisation it needs, so add that to the register first.";
        var possible = Enumerable.Range(0, targets.Count).Where(t => ClosureModel.Coverable(pool, finding, t).Count >= targets[t].Required).ToList();
        if (possible.Count == 0)
            return string.Join(" ", Enumerable.Range(0, targets.Count).Select(t => NobodyFor(finding, t)));
        if (!settled) return "The time limit came before the solver could settle whether it can be closed together with the others.";

        var alone = new ClosureModel(pool, finding);
        alone.Cp.AddBoolAnd([alone.Closed[finding]]);
        using var solver = new CpSolver();
        return FewestChanges.Run(solver, alone.Cp, remaining) switch
        {
            CpSolverStatus.Infeasible => string.Join(" ", possible.Select(t => TooFew(targets[t]))),
            CpSolverStatus.Optimal or CpSolverStatus.Feasible =>
                "It could be closed on its own, but not together with the other gaps: the people who could close it are needed for those on the same body, and one person takes only one seat on a body.",
            _ => "The time limit came before the solver could settle whether it can be closed.",
        };
    }

    private string NobodyFor(int finding, int t)
    {
        var target = pool.Findings[finding].Targets[t];
        var nobody = pool.TargetNeeds[finding][t].Where(n => pool.MeetersOf[n].Count == 0).Select(n => pool.Needs[n].Requirement);
        return $"Nobody in the register could be appointed to {Where(target)} to bring {RuleContext.Listed(nobody, "or")}.";
    }

    private string TooFew(Target target)
    {
        var what = target.Required == target.Missing.Count ? $"all of {RuleContext.Listed(target.Missing)}" : $"{target.Required} of {RuleContext.Listed(target.Missing, "or")}";
        return $"The register has too few people to meet {what} on {Where(target)} at once, and one person takes only one seat on a body.";
    }

    private string Where(Target target)
    {
        var names = target.BodyIds.Select(id => network.Bodies[id].Name).ToList();
        return names.Count <= 3 ? Prose.List(names, "or") : $"any of the {names.Count} bodies it names";
    }
}
