using GoldenThread.Data.Interchange;
using GoldenThread.Representation;

namespace GoldenThread.Data.Representation;

/// <summary>One evaluation of a system's stored network against the representation rules.</summary>
public sealed record RepresentationRun(Guid SystemId, string Code, string SystemName, RepresentationNetwork Network, DateOnly On, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// Loads the system's network (ids are the stored ids as text, so findings link to the register) and evaluates
    /// it on <paramref name="on"/>; null when the system is not there or outside the caller's scope.
    /// </summary>
    public static async Task<RepresentationRun?> EvaluateAsync(GoldenThreadDbContext db, string code, DateOnly on, CancellationToken cancellationToken)
    {
        var rows = await NetworkStore.LoadAsync(db, code, tracked: false, cancellationToken);
        if (rows is null) return null;
        var network = RepresentationNetwork.From(rows);
        return new RepresentationRun(rows.System.Id, rows.System.Code, rows.System.Name, network, on, RepresentationEngine.Default.Evaluate(network, on));
    }
}
