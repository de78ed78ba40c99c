namespace GoldenThread.Network;

/// <summary>
/// Sets each node's x, keeping the rows' order and spacing: every node is pulled towards the mean of its
/// neighbours in the row above (then below), and the row is fitted to those wishes by least squares under the
/// spacing constraints (pool-adjacent-violators), so a body sits over the bodies that feed into it. No row may
/// reach beyond the widest row packed tight, which keeps the drawing as narrow as it can be.
/// </summary>
internal static class StructurePositions
{
    private const int Rounds = 8;

    public static void Place(StructureLayers layers, StructureGeometry geometry)
    {
        var rows = Enumerable.Range(0, layers.Rows).Select(r => new Row(layers, r, geometry)).ToList();
        var half = rows.Select(r => r.PackedWidth).DefaultIfEmpty(0).Max() / 2;
        foreach (var row in rows) row.Fit([.. row.Offsets.Select(_ => 0.0)], half);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var row in rows.Skip(1)) row.Fit(row.Wishes(n => n.Above), half);
            foreach (var row in rows.AsEnumerable().Reverse().Skip(1)) row.Fit(row.Wishes(n => n.Below), half);
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

    /// <summary>One row's nodes, the least distance of each from the first, and how far the row reaches past its end centres.</summary>
    private sealed class Row
    {
        private readonly StructureLayers layers;
        private readonly List<int> order;
        private readonly double before, after;

        public Row(StructureLayers layers, int row, StructureGeometry geometry)
        {
            this.layers = layers;
            order = layers.Order[row];
            Offsets = new double[order.Count];
            for (var i = 1; i < order.Count; i++) Offsets[i] = Offsets[i - 1] + Separation(layers, order[i - 1], order[i], geometry);
            double Reach(int node) => layers.Nodes[node].Width / 2 + (layers.Nodes[node].Place is null ? 0 : geometry.FramePadding);
            (before, after) = order.Count == 0 ? (0, 0) : (Reach(order[0]), Reach(order[^1]));
        }

        public double[] Offsets { get; }
        public double PackedWidth => order.Count == 0 ? 0 : before + Offsets[^1] + after;

        /// <summary>Where each node would like to be: over (or under) its neighbours, or where it is.</summary>
        public double[] Wishes(Func<LayerNode, List<int>> neighbours) =>
        [
            .. order.Select(n => layers.Nodes[n])
                .Select(node => neighbours(node) is { Count: > 0 } near ? near.Average(m => layers.Nodes[m].X) : node.X),
        ];

        /// <summary>
        /// Least squares fit to the wishes with the spacing kept and the row within ±<paramref name="half"/>: in terms
        /// of distance beyond the packed offsets, spacing is order and the bounds are the same for every node, so
        /// clipping the isotonic fit is exact.
        /// </summary>
        public void Fit(double[] wishes, double half)
        {
            if (order.Count == 0) return;
            var (lowest, highest) = (-half + before, half - after - Offsets[^1]);
            var fitted = Isotonic([.. wishes.Select((w, i) => w - Offsets[i])]);
            for (var i = 0; i < order.Count; i++) layers.Nodes[order[i]].X = Math.Clamp(fitted[i], lowest, highest) + Offsets[i];
        }
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
