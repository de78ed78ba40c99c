namespace GoldenThread.Representation;

/// <summary>
/// An evaluation in four numbers: its gaps and warnings, and how many of the bodies active on the date have at least
/// one finding or none. System-wide findings name no body, so they count towards neither.
/// </summary>
public sealed record FindingSummary(int Gaps, int Warnings, int BodiesWithFindings, int BodiesClean)
{
    public static FindingSummary Of(RepresentationNetwork network, DateOnly on, IReadOnlyList<Finding> findings)
    {
        var active = network.Document.Bodies.Where(b => Evaluation.Active(b, on)).Select(b => b.Id).ToHashSet();
        var withFindings = findings.Select(f => f.BodyId).OfType<string>().Where(active.Contains).Distinct().Count();
        return new FindingSummary(findings.Count(f => f.Severity == Severity.Gap), findings.Count(f => f.Severity == Severity.Warning),
            withFindings, active.Count - withFindings);
    }
}
