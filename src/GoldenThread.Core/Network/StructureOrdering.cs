namespace GoldenThread.Network;

/// <summary>
/// Orders each row to cut down crossing arrows: the layered barycentre heuristic of Sugiyama, Tagawa and Toda
/// (1981), a few sweeps down and up, keeping the order with fewest crossings. In place and neighbourhood rows a
/// place's bodies move as one block, so they stay together.
/// </summary>
internal static class StructureOrdering
{
    private const int Sweeps = 6;

    public static void Order(StructureLayers layers)
    {
        var order = layers.Order.Select(row => Arrange(layers, row, _ => 0)).ToArray();
        var best = Copy(order);
        var fewest = Crossings(layers, order);
        for (var sweep = 0; sweep < Sweeps && fewest > 0; sweep++)
        {
            var down = sweep % 2 == 0;
            for (var i = 1; i < order.Length; i++)
            {
                var row = down ? i : order.Length - 1 - i;
                var reference = Positions(layers, order[down ? row - 1 : row + 1]);
                var own = Positions(layers, order[row]);
                order[row] = Arrange(layers, order[row], node =>
                {
                    var neighbours = down ? layers.Nodes[node].Above : layers.Nodes[node].Below;
                    return neighbours.Count == 0 ? own[node] : neighbours.Average(n => reference[n]);
                });
            }
            var crossings = Crossings(layers, order);
            if (crossings < fewest) (best, fewest) = (Copy(order), crossings);
        }
        layers.Order = best;
    }

    /// <summary>Positions as fractions of the row's width, so rows of different lengths can be compared.</summary>
    private static Dictionary<int, double> Positions(StructureLayers layers, List<int> row) =>
        row.Select((node, i) => (node, i)).ToDictionary(x => x.node, x => (x.i + 0.5) / row.Count);

    /// <summary>Sorts the row by barycentre, ties by name; nodes of one place move together at their mean.</summary>
    private static List<int> Arrange(StructureLayers layers, List<int> row, Func<int, double> barycentre)
    {
        var value = row.ToDictionary(n => n, barycentre);
        return
        [
            .. row.GroupBy(n => layers.Nodes[n].Place is { } place ? (object)place : n)
                .Select(block => block.OrderBy(n => value[n]).ThenBy(n => layers.Nodes[n].Rank).ToList())
                .OrderBy(block => block.Average(n => value[n]))
                .ThenBy(block => layers.Nodes[block[0]].Rank)
                .SelectMany(block => block),
        ];
    }

    public static int Crossings(StructureLayers layers, List<int>[] order)
    {
        var total = 0;
        for (var row = 0; row + 1 < order.Length; row++)
        {
            var upper = order[row].Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
            var lower = order[row + 1].Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
            var segments = order[row].SelectMany(n => layers.Nodes[n].Below.Select(b => (Top: upper[n], Bottom: lower[b]))).ToList();
            for (var a = 0; a < segments.Count; a++)
                for (var b = a + 1; b < segments.Count; b++)
                    if ((segments[a].Top - segments[b].Top) * (segments[a].Bottom - segments[b].Bottom) < 0) total++;
        }
        return total;
    }

    private static List<int>[] Copy(List<int>[] order) => [.. order.Select(row => row.ToList())];
}
