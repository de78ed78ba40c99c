namespace GoldenThread.Network;

/// <summary>A loop in the feeds-into graph, from a body back to itself (the first body is also the last).</summary>
public sealed record FeedsIntoCycle(IReadOnlyList<StructureBody> Bodies)
{
    public override string ToString() => string.Join(" → ", Bodies.Select(b => b.Name));

    /// <summary>
    /// The shortest loop through these bodies, whatever their active dates, or null: a change to the register must not
    /// make one, since a body that (however indirectly) feeds into itself has no place in the structure.
    /// </summary>
    public static FeedsIntoCycle? Find(IEnumerable<StructureBody> bodies, IEnumerable<StructureFeed> feeds) =>
        Shortest(FeedsIntoGraph.Of(bodies, feeds));

    /// <summary>
    /// The shortest loop in the graph, or null when there is none. Of loops equally short, the one through the body
    /// first by name, named from that body: the smallest loop is the easiest to see and to mend.
    /// </summary>
    internal static FeedsIntoCycle? Shortest(FeedsIntoGraph graph)
    {
        if (IsAcyclic(graph)) return null;
        List<int>? best = null;
        for (var start = 0; start < graph.Count; start++)
            if (ShortestThrough(graph, start, best?.Count) is { } cycle) best = cycle;
        return new FeedsIntoCycle([.. best!.Select(i => graph.Bodies[i])]);
    }

    private static bool IsAcyclic(FeedsIntoGraph graph)
    {
        var waiting = graph.Feeders.Select(f => f.Length).ToArray();
        var ready = new Queue<int>(Enumerable.Range(0, graph.Count).Where(i => waiting[i] == 0));
        var seen = 0;
        while (ready.TryDequeue(out var body))
        {
            seen++;
            foreach (var target in graph.Targets[body])
                if (--waiting[target] == 0) ready.Enqueue(target);
        }
        return seen == graph.Count;
    }

    /// <summary>Breadth-first from <paramref name="start"/> back to it; null unless shorter than <paramref name="shorterThan"/> bodies.</summary>
    private static List<int>? ShortestThrough(FeedsIntoGraph graph, int start, int? shorterThan)
    {
        var parent = new Dictionary<int, int> { [start] = -1 };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var body))
        {
            foreach (var target in graph.Targets[body])
            {
                if (target == start)
                {
                    var path = new List<int> { start };
                    for (var at = body; at != -1; at = parent[at]) path.Insert(1, at);
                    path.RemoveAt(1); // the walk back ends at start, which is already first
                    path.Add(start);
                    return shorterThan is null || path.Count < shorterThan ? path : null;
                }
                if (parent.TryAdd(target, body)) queue.Enqueue(target);
            }
        }
        return null;
    }
}
