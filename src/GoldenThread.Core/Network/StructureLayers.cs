namespace GoldenThread.Network;

/// <summary>
/// One thing placed in a row of the drawing: a body's box, or a lane where an arrow passes through a row on its
/// way to a body further up or down (so arrows go round boxes rather than through them).
/// </summary>
internal sealed class LayerNode
{
    public required int Row { get; init; }
    /// <summary>The body's index in the graph; -1 for a lane.</summary>
    public int Body { get; init; } = -1;
    /// <summary>The place whose bodies sit together in this row, or null.</summary>
    public Guid? Place { get; init; }
    /// <summary>Breaks every tie the same way whatever order the input came in: bodies by name, then lanes.</summary>
    public required int Rank { get; init; }
    public required double Width { get; init; }
    public List<int> Above { get; } = [];
    public List<int> Below { get; } = [];
    public double X { get; set; }

    public bool IsLane => Body < 0;
}

/// <summary>
/// The rows of the drawing: a band per level from region (top) to neighbourhood, and within a band one row per
/// step of feeds-into between bodies of that level, so every arrow joins two different rows.
/// </summary>
internal sealed class StructureLayers
{
    private static readonly HashSet<string> LevelsGroupedByPlace = ["place", "neighbourhood"];

    private StructureLayers(FeedsIntoGraph graph, IReadOnlyList<string> bands, int[] rowBand)
    {
        Graph = graph;
        Bands = bands;
        RowBand = rowBand;
        Order = [.. rowBand.Select(_ => new List<int>())];
    }

    public FeedsIntoGraph Graph { get; }
    /// <summary>The levels that have bodies, top band first.</summary>
    public IReadOnlyList<string> Bands { get; }
    public int[] RowBand { get; }
    public List<LayerNode> Nodes { get; } = [];
    /// <summary>The body's node, by body index.</summary>
    public int[] BodyNode { get; private set; } = [];
    /// <summary>Left to right, the nodes of each row.</summary>
    public List<int>[] Order { get; set; }
    /// <summary>Per feeds-into edge, the nodes its arrow passes: the feeding body, lanes, the body fed.</summary>
    public List<(int From, int To, int[] Path)> Arrows { get; } = [];

    public int Rows => RowBand.Length;

    public bool IsGroupedByPlace(int row) => LevelsGroupedByPlace.Contains(Bands[RowBand[row]]);

    public static StructureLayers Build(FeedsIntoGraph graph, StructureGeometry geometry)
    {
        var bandOf = BandOrder(graph.Bodies.Select(b => b.Level));
        var bands = bandOf.OrderBy(b => b.Value).Select(b => b.Key).ToList();
        var band = graph.Bodies.Select(b => bandOf[b.Level]).ToArray();
        var tier = Tiers(graph, band);
        var firstRow = new int[bands.Count];
        var rowBand = new List<int>();
        for (var b = 0; b < bands.Count; b++)
        {
            firstRow[b] = rowBand.Count;
            var tiers = Enumerable.Range(0, graph.Count).Where(i => band[i] == b).Max(i => tier[i]) + 1;
            rowBand.AddRange(Enumerable.Repeat(b, tiers));
        }

        var layers = new StructureLayers(graph, bands, [.. rowBand]);
        layers.BodyNode = [.. Enumerable.Range(0, graph.Count).Select(i => layers.AddBody(i, firstRow[band[i]] + tier[i], geometry))];
        layers.AddArrows();
        return layers;
    }

    /// <summary>Known levels from the vocabulary, highest first; any other level (edited data) below them, by name.</summary>
    private static Dictionary<string, int> BandOrder(IEnumerable<string> levels)
    {
        var known = Vocabularies.Default.Levels.Reverse().ToList();
        var present = levels.Distinct().ToList();
        return present.Where(known.Contains).OrderBy(known.IndexOf)
            .Concat(present.Where(l => !known.Contains(l)).Order(StringComparer.Ordinal))
            .Select((level, i) => (level, i)).ToDictionary(x => x.level, x => x.i);
    }

    /// <summary>A body's row within its band: one below the lowest body of the same level it feeds into.</summary>
    private static int[] Tiers(FeedsIntoGraph graph, int[] band)
    {
        var tier = Enumerable.Repeat(-1, graph.Count).ToArray();
        int Of(int body)
        {
            if (tier[body] < 0)
                tier[body] = graph.Targets[body].Where(t => band[t] == band[body]).Select(t => Of(t) + 1).DefaultIfEmpty(0).Max();
            return tier[body];
        }
        for (var i = 0; i < graph.Count; i++) Of(i);
        return tier;
    }

    private int AddBody(int body, int row, StructureGeometry geometry)
    {
        var place = IsGroupedByPlace(row) ? Graph.Bodies[body].PlaceId : null;
        Nodes.Add(new LayerNode { Row = row, Body = body, Place = place, Rank = body, Width = geometry.BoxWidth });
        Order[row].Add(Nodes.Count - 1);
        return Nodes.Count - 1;
    }

    /// <summary>Arrows into the same body share their lanes, so several arrows from far below arrive as one trunk.</summary>
    private void AddArrows()
    {
        var lanes = new Dictionary<(int Target, int Row), int>();
        foreach (var (from, to) in Graph.Edges())
        {
            var (start, end) = (BodyNode[from], BodyNode[to]);
            var step = Nodes[end].Row < Nodes[start].Row ? -1 : 1;
            var path = new List<int> { start };
            for (var row = Nodes[start].Row + step; row != Nodes[end].Row; row += step)
            {
                if (!lanes.TryGetValue((to, row), out var lane))
                {
                    Nodes.Add(new LayerNode { Row = row, Rank = Nodes.Count, Width = 0 });
                    lane = lanes[(to, row)] = Nodes.Count - 1;
                    Order[row].Add(lane);
                }
                path.Add(lane);
            }
            path.Add(end);
            for (var i = 1; i < path.Count; i++) Link(path[i - 1], path[i]);
            Arrows.Add((from, to, [.. path]));
        }
    }

    private void Link(int a, int b)
    {
        var (upper, lower) = Nodes[a].Row < Nodes[b].Row ? (a, b) : (b, a);
        if (!Nodes[upper].Below.Contains(lower)) Nodes[upper].Below.Add(lower);
        if (!Nodes[lower].Above.Contains(upper)) Nodes[lower].Above.Add(upper);
    }
}
