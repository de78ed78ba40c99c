using GoldenThread.Data.Interchange;
using GoldenThread.Representation;

namespace GoldenThread.Data.Representation;

/// <summary>One evaluation of a system's stored network against the representation rules.</summary>
/// <param name="Engine">The engine, and so the rule catalogue, the findings came from: what-ifs and titles use the same one.</param>
public sealed record RepresentationRun(Guid SystemId, string Code, string SystemName, RepresentationNetwork Network, DateOnly On,
    IReadOnlyList<Finding> Findings, RepresentationEngine Engine)
{
    /// <summary>
    /// Loads the system's network (ids are the stored ids as text, so findings link to the register) and evaluates
    /// it on <paramref name="on"/>, with each gap's candidates when a reader will see them; null when the system is not
    /// there or outside the caller's scope.
    /// </summary>
    public static async Task<RepresentationRun?> EvaluateAsync(GoldenThreadDbContext db, string code, DateOnly on, bool candidates,
        CancellationToken cancellationToken)
    {
        var rows = await NetworkStore.LoadAsync(db, code, tracked: false, cancellationToken);
        if (rows is null) return null;
        var network = RepresentationNetwork.From(rows);
        var engine = RepresentationEngine.Default;
        return new RepresentationRun(rows.System.Id, rows.System.Code, rows.System.Name, network, on, engine.Evaluate(network, on, candidates), engine);
    }
}
