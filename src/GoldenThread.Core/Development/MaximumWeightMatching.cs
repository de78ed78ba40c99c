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
    internal static Certificate Run(int vertexCount, IReadOnlyList<WeightedEdge> edges, int coreDegree = CoreDegree)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        foreach (var e in edges)
        {
            if (e.A < 0 || e.A >= vertexCount || e.B < 0 || e.B >= vertexCount)
                throw new ArgumentOutOfRangeException(nameof(edges), $"edge {e.A}–{e.B} names a vertex outside 0 … {vertexCount - 1}");
            if (e.A == e.B) throw new ArgumentException($"edge {e.A}–{e.B} is a loop", nameof(edges));
        }
        // An edge of weight 0 or less adds nothing, so it is left out rather than matched for no gain.
        var positive = edges.Where(e => e.Weight > 0).ToArray();
        return positive.Length <= (long)coreDegree * vertexCount ? Solved(vertexCount, positive) : Priced(vertexCount, positive, coreDegree);
    }

    /// <summary>How many of each vertex's heaviest edges the first sparse core keeps, and how many of its most violated
    /// edges each pricing round adds.</summary>
    private const int CoreDegree = 8;

    private static Certificate Solved(int vertexCount, IReadOnlyList<WeightedEdge> edges)
    {
        var search = new BlossomSearch(vertexCount, edges);
        search.Run();
        return search.Certificate();
    }

    /// <summary>
    /// A dense graph solved exactly by pricing, as linear programmes with many columns are: solve on a sparse core (each
    /// vertex's heaviest edges), then check every edge left out against the core's optimal duals. An edge with negative
    /// slack could improve the matching, so the most violated edges of each vertex join the core and it is solved again;
    /// when no edge is violated the duals are feasible for the whole graph with an objective equal to the matching's
    /// weight, which proves the matching optimal there too (weak duality). A search costs O(edges) a stage, so a core of
    /// a few edges a vertex turns 20 s on a pool of 2,000 into half a second; three or four rounds are usual.
    /// </summary>
    private static Certificate Priced(int vertexCount, WeightedEdge[] edges, int degree)
    {
        var inCore = new bool[edges.Length];
        var best = new Ranked(vertexCount, degree);
        for (var k = 0; k < edges.Length; k++) best.Offer(edges[k], k, -edges[k].Weight);
        best.MarkIn(inCore);
        while (true)
        {
            var core = new List<WeightedEdge>();
            for (var k = 0; k < edges.Length; k++)
                if (inCore[k]) core.Add(edges[k]);
            var certificate = Solved(vertexCount, core);
            var slack = Slack(vertexCount, certificate);
            best = new Ranked(vertexCount, degree);
            var violated = false;
            for (var k = 0; k < edges.Length; k++)
            {
                if (inCore[k]) continue;
                var by = slack(edges[k]);
                if (by >= 0) continue;
                best.Offer(edges[k], k, by);
                violated = true;
            }
            if (!violated) return certificate;
            best.MarkIn(inCore);
        }
    }

    /// <summary>For each vertex, the <c>degree</c> edges offered to it that rank first (least rank; ties by position,
    /// so the core is the same for the same input), kept in a small sorted row per vertex as they are offered.</summary>
    private sealed class Ranked(int vertexCount, int degree)
    {
        private readonly int[] count = new int[vertexCount];
        private readonly int[] edge = new int[vertexCount * degree];
        private readonly long[] rank = new long[vertexCount * degree];

        public void Offer(WeightedEdge e, int k, long by)
        {
            Keep(e.A, k, by);
            Keep(e.B, k, by);
        }

        private void Keep(int v, int k, long by)
        {
            var row = v * degree;
            var n = count[v];
            if (n == degree && rank[row + n - 1] <= by) return;
            var i = n == degree ? n - 1 : n;
            for (; i > 0 && rank[row + i - 1] > by; i--)
            {
                rank[row + i] = rank[row + i - 1];
                edge[row + i] = edge[row + i - 1];
            }
            (rank[row + i], edge[row + i]) = (by, k);
            if (n < degree) count[v] = n + 1;
        }

        public void MarkIn(bool[] inCore)
        {
            for (var v = 0; v < count.Length; v++)
                for (var i = 0; i < count[v]; i++)
                    inCore[edge[v * degree + i]] = true;
        }
    }

    /// <summary>The slack of an edge under a certificate's duals, doubled: 2u(a) + 2u(b) − 2w + 2·Σ z(B) over the
    /// blossoms holding both ends. Blossoms nest, so those holding both ends are the outermost ones the two vertices'
    /// chains (outermost first) have in common.</summary>
    private static Func<WeightedEdge, long> Slack(int vertexCount, Certificate certificate)
    {
        var chains = new List<int>?[vertexCount];
        var duals = certificate.VertexDuals;
        foreach (var b in Enumerable.Range(0, certificate.Blossoms.Count).OrderByDescending(b => certificate.Blossoms[b].Vertices.Length))
            foreach (var v in certificate.Blossoms[b].Vertices)
                (chains[v] ??= []).Add(b);
        return e =>
        {
            var slack = duals[e.A] + duals[e.B] - 2L * e.Weight;
            if (chains[e.A] is { } a && chains[e.B] is { } b)
                for (var t = 0; t < a.Count && t < b.Count && a[t] == b[t]; t++)
                    slack += 2 * certificate.Blossoms[a[t]].Dual;
            return slack;
        };
    }

    /// <summary>A matching with its dual solution, scaled by two so it stays integral: <see cref="VertexDuals"/> hold
    /// 2·u(v) and each blossom its z(B), so an edge {i, j} of weight w has slack 2u(i) + 2u(j) − 2w + 2·Σ z(B) over the
    /// blossoms holding both ends; the dual objective is Σ u(v) + Σ z(B)·⌊|B| / 2⌋.</summary>
    internal sealed record Certificate(int[] Mates, long[] VertexDuals, IReadOnlyList<(long Dual, int[] Vertices)> Blossoms);
}
