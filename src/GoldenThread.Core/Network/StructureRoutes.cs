namespace GoldenThread.Network;

/// <summary>
/// Routes arrows as an organisation chart does: from a box straight up (or down) to a horizontal bus in the gap
/// between two rows, along it, and straight into the body fed. The arrows into one body share its bus and its
/// port; buses that would overlap in one gap are set at different heights, so no line stands for two.
/// </summary>
internal sealed class StructureRoutes
{
    private const int MinimumApart = 6;

    private readonly StructureLayers layers;
    private readonly Func<int, int> x;
    private readonly Func<int, (int Top, int Bottom)> extent;
    /// <summary>By body fed (or lane) and the gap, as arrows can reach one body from above and from below.</summary>
    private readonly Dictionary<(int To, int Gap), int> busY = [];

    /// <param name="x">A node's centre.</param>
    /// <param name="extent">The top and bottom of a node's box; for a lane, of the row it passes through.</param>
    /// <param name="gaps">Per pair of adjacent rows, the heights free for buses between them.</param>
    public StructureRoutes(StructureLayers layers, Func<int, int> x, Func<int, (int Top, int Bottom)> extent, IReadOnlyList<(int Top, int Bottom)> gaps)
    {
        (this.layers, this.x, this.extent) = (layers, x, extent);
        var buses = layers.Arrows
            .SelectMany(a => a.Path.Skip(1).Select((to, i) => (From: a.Path[i], To: to)))
            .GroupBy(s => (s.To, Gap: Math.Min(Row(s.From), Row(s.To))))
            .Select(bus => (bus.Key, Left: bus.Min(s => Math.Min(x(s.From), x(s.To))), Right: bus.Max(s => Math.Max(x(s.From), x(s.To)))));
        foreach (var gap in buses.GroupBy(b => b.Key.Gap))
        {
            var tracks = new List<int>(); // each track's rightmost end so far
            var track = new Dictionary<(int, int), int>();
            foreach (var bus in gap.OrderBy(b => b.Left).ThenBy(b => b.Right).ThenBy(b => layers.Nodes[b.Key.To].Rank))
            {
                var free = tracks.FindIndex(end => end + MinimumApart < bus.Left);
                if (free < 0) tracks.Add(bus.Right);
                else tracks[free] = bus.Right;
                track[bus.Key] = free < 0 ? tracks.Count - 1 : free;
            }
            var (top, bottom) = gaps[gap.Key];
            foreach (var (key, t) in track) busY[key] = top + (bottom - top) * (t + 1) / (tracks.Count + 1);
        }
    }

    private int Row(int node) => layers.Nodes[node].Row;

    /// <summary>The corners of one arrow, from the feeding body to the body fed.</summary>
    public List<StructurePoint> Route(int[] path)
    {
        var up = Row(path[^1]) < Row(path[0]);
        int Leaving(int node) => up ? extent(node).Top : extent(node).Bottom;
        int Arriving(int node) => up ? extent(node).Bottom : extent(node).Top;
        var points = new List<StructurePoint> { new(x(path[0]), Leaving(path[0])) };
        for (var i = 1; i < path.Length; i++)
        {
            var (from, to) = (path[i - 1], path[i]);
            var bus = busY[(to, Math.Min(Row(from), Row(to)))];
            points.Add(new(x(from), bus));
            points.Add(new(x(to), bus));
            points.Add(new(x(to), Arriving(to)));
            if (i + 1 < path.Length) points.Add(new(x(to), Leaving(to)));
        }
        return Corners(points);
    }

    /// <summary>Drops points that repeat or lie on a straight run, leaving only where the line turns.</summary>
    private static List<StructurePoint> Corners(List<StructurePoint> points)
    {
        var kept = new List<StructurePoint>();
        foreach (var point in points)
        {
            if (kept.Count > 0 && kept[^1] == point) continue;
            if (kept.Count > 1 && (kept[^2].X == kept[^1].X && kept[^1].X == point.X || kept[^2].Y == kept[^1].Y && kept[^1].Y == point.Y))
                kept[^1] = point;
            else kept.Add(point);
        }
        return kept;
    }
}
