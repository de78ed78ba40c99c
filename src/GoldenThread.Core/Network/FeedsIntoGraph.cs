namespace GoldenThread.Network;

/// <summary>
/// The bodies active on one day and the feeds-into edges between them, as indexes into a list ordered by name,
/// so that whatever order the caller reads them in, everything computed from the graph comes out the same.
/// </summary>
internal sealed class FeedsIntoGraph
{
    private FeedsIntoGraph(IReadOnlyList<StructureBody> bodies, int[][] targets, int[][] feeders) =>
        (Bodies, Targets, Feeders) = (bodies, targets, feeders);

    public IReadOnlyList<StructureBody> Bodies { get; }
    /// <summary>For each body, the bodies it feeds into, in name order.</summary>
    public int[][] Targets { get; }
    /// <summary>For each body, the bodies that feed into it, in name order.</summary>
    public int[][] Feeders { get; }

    public int Count => Bodies.Count;

    /// <summary>Edges to or from a body that is not active that day, or not in the list at all, are left out.</summary>
    public static FeedsIntoGraph ActiveOn(IEnumerable<StructureBody> bodies, IEnumerable<StructureFeed> feeds, DateOnly day) =>
        Of(bodies.Where(b => b.IsActiveOn(day)), feeds);

    /// <summary>Every body given, whatever its active dates; edges to bodies not in the list are left out.</summary>
    public static FeedsIntoGraph Of(IEnumerable<StructureBody> bodies, IEnumerable<StructureFeed> feeds)
    {
        var active = bodies.Order(ByName).DistinctBy(b => b.Id).ToList();
        var index = active.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var edges = feeds
            .Where(f => index.ContainsKey(f.From) && index.ContainsKey(f.To))
            .Select(f => (From: index[f.From], To: index[f.To]))
            .Distinct()
            .ToList();
        int[][] Adjacency(Func<(int From, int To), int> key, Func<(int From, int To), int> value) =>
            [.. Enumerable.Range(0, active.Count).Select(i => edges.Where(e => key(e) == i).Select(value).Order().ToArray())];
        return new FeedsIntoGraph(active, Adjacency(e => e.From, e => e.To), Adjacency(e => e.To, e => e.From));
    }

    /// <summary>Name, then exact spelling, then id: a total order, so ties never depend on input order.</summary>
    public static readonly IComparer<StructureBody> ByName = Comparer<StructureBody>.Create((a, b) =>
    {
        var order = StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name);
        if (order == 0) order = StringComparer.Ordinal.Compare(a.Name, b.Name);
        return order != 0 ? order : a.Id.CompareTo(b.Id);
    });

    public IEnumerable<(int From, int To)> Edges() =>
        Enumerable.Range(0, Count).SelectMany(from => Targets[from].Select(to => (from, to)));
}
