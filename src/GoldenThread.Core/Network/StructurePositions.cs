namespace GoldenThread.Network;

/// <summary>
/// Sets each node's x, keeping the rows' order and spacing: every node is pulled towards the mean of its
/// neighbours in the row above (then below), and the row is fitted to those wishes by least squares under the
/// spacing constraints (pool-adjacent-violators), so a body sits over the bodies that feed into it.
/// </summary>
internal static class StructurePositions
{
    private const int Rounds = 8;

    public static void Place(StructureLayers layers, StructureGeometry geometry)
    {
        foreach (var row in layers.Order)
        {
            var x = 0.0;
            for (var i = 0; i < row.Count; i++)
                layers.Nodes[row[i]].X = x += i == 0 ? 0 : Separation(layers, row[i - 1], row[i], geometry);
        }
        for (var round = 0; round < Rounds; round++)
        {
            for (var row = 1; row < layers.Rows; row++) Align(layers, row, n => n.Above, geometry);
            for (var row = layers.Rows - 2; row >= 0; row--) Align(layers, row, n => n.Below, geometry);
        }
    }

    /// <summary>Centre-to-centre distance between neighbours in a row.</summary>
    public static double Separation(StructureLayers layers, int left, int right, StructureGeometry geometry)
    {
        var (a, b) = (layers.Nodes[left], layers.Nodes[right]);
        var gap = a.IsLane || b.IsLane ? geometry.LaneGap
            : a.Place != b.Place ? geometry.PlaceGap + 2 * geometry.FramePadding
            : geometry.BoxGap;
        if ((a.IsLane && b.Place is not null) || (b.IsLane && a.Place is not null)) gap += geometry.FramePadding;
        return (a.Width + b.Width) / 2 + gap;
    }

    private static void Align(StructureLayers layers, int row, Func<LayerNode, List<int>> neighbours, StructureGeometry geometry)
    {
        var order = layers.Order[row];
        if (order.Count == 0) return;
        var wished = order.Select(n => layers.Nodes[n])
            .Select(node => neighbours(node) is { Count: > 0 } near ? near.Average(m => layers.Nodes[m].X) : node.X).ToArray();
        var offset = new double[order.Count];
        for (var i = 1; i < order.Count; i++) offset[i] = offset[i - 1] + Separation(layers, order[i - 1], order[i], geometry);
        var fitted = Isotonic([.. wished.Select((w, i) => w - offset[i])]);
        for (var i = 0; i < order.Count; i++) layers.Nodes[order[i]].X = fitted[i] + offset[i];
    }

    /// <summary>The non-decreasing sequence nearest (least squares) to <paramref name="values"/>: pool adjacent violators.</summary>
    public static double[] Isotonic(double[] values)
    {
        var pools = new List<(double Sum, int Count)>();
        foreach (var value in values)
        {
            pools.Add((value, 1));
            while (pools.Count > 1 && pools[^2].Sum / pools[^2].Count > pools[^1].Sum / pools[^1].Count)
            {
                var (last, before) = (pools[^1], pools[^2]);
                pools.RemoveAt(pools.Count - 1);
                pools[^1] = (before.Sum + last.Sum, before.Count + last.Count);
            }
        }
        return [.. pools.SelectMany(p => Enumerable.Repeat(p.Sum / p.Count, p.Count))];
    }
}
