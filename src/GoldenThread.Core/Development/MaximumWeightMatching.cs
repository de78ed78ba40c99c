namespace GoldenThread.Development;

/// <summary>An undirected edge between two vertices (0 … n − 1) with an integer weight.</summary>
public readonly record struct WeightedEdge(int A, int B, int Weight);

/// <summary>
/// A maximum-weight matching of a general (not bipartite) graph: disjoint edges whose weights add up to the most
/// possible. Edmonds' blossom algorithm in its primal-dual form, O(n³), as Galil set it out ("Efficient algorithms for
/// finding maximum matching in graphs", 1986) and as Van Rantwijk's mwmatching organises it: one stage per augmenting
/// path, least-slack edges kept per vertex and per blossom so each dual update costs O(n). Weights are integers and the
/// vertex duals are stored doubled, so every quantity stays integral and the answer is exact.
/// </summary>
public static class MaximumWeightMatching
{
    /// <summary>The partner of each vertex in a maximum-weight matching, or −1 when it stays unmatched. Edges of weight
    /// 0 or less are never matched; between two vertices joined more than once, the heaviest edge counts.</summary>
    public static int[] Solve(int vertexCount, IReadOnlyList<WeightedEdge> edges) => Run(vertexCount, edges).Mates;

    /// <summary>The matching and the optimal dual solution that certifies it (vertex duals doubled, blossoms' duals
    /// and members), for tests that check optimality independently of any other solver.</summary>
    internal static Certificate Run(int vertexCount, IReadOnlyList<WeightedEdge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        foreach (var e in edges)
        {
            if (e.A < 0 || e.A >= vertexCount || e.B < 0 || e.B >= vertexCount)
                throw new ArgumentOutOfRangeException(nameof(edges), $"edge {e.A}–{e.B} names a vertex outside 0 … {vertexCount - 1}");
            if (e.A == e.B) throw new ArgumentException($"edge {e.A}–{e.B} is a loop", nameof(edges));
        }
        // An edge of weight 0 or less adds nothing, so it is left out rather than matched for no gain.
        var search = new BlossomSearch(vertexCount, [.. edges.Where(e => e.Weight > 0)]);
        search.Run();
        return search.Certificate();
    }

    /// <summary>A matching with its dual solution, scaled by two so it stays integral: <see cref="VertexDuals"/> hold
    /// 2·u(v) and each blossom its z(B), so an edge {i, j} of weight w has slack 2u(i) + 2u(j) − 2w + 2·Σ z(B) over the
    /// blossoms holding both ends; the dual objective is Σ u(v) + Σ z(B)·⌊|B| / 2⌋.</summary>
    internal sealed record Certificate(int[] Mates, long[] VertexDuals, IReadOnlyList<(long Dual, int[] Vertices)> Blossoms);
}
