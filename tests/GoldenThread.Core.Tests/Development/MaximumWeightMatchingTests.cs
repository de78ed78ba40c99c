using CsCheck;

namespace GoldenThread.Development;

public class MaximumWeightMatchingTests
{
    private static int[] Solve(int n, params (int A, int B, int W)[] edges) =>
        MaximumWeightMatching.Solve(n, [.. edges.Select(e => new WeightedEdge(e.A, e.B, e.W))]);

    [Fact]
    public void Solve_NoEdges_LeavesEveryoneUnmatched()
    {
        Assert.Empty(Solve(0));
        Assert.Equal([-1, -1, -1], Solve(3));
    }

    [Fact]
    public void Solve_OneEdge_MatchesItsEnds() => Assert.Equal([1, 0], Solve(2, (0, 1, 1)));

    [Fact]
    public void Solve_PathOfTwo_TakesTheHeavierEdge() => Assert.Equal([-1, -1, 3, 2], Solve(4, (1, 2, 10), (2, 3, 11)));

    [Fact]
    public void Solve_PathOfThree_TakesTheHeavierMiddleOverTwoLightEnds()
    {
        // 5 + 5 = 10 < 11: the middle edge alone is best, and the solver does not maximise the number of pairs.
        Assert.Equal([-1, -1, 3, 2, -1], Solve(5, (1, 2, 5), (2, 3, 11), (3, 4, 5)));
    }

    [Fact]
    public void Solve_ZeroAndNegativeWeights_AreNeverWorthTaking() =>
        Assert.Equal([-1, -1, -1, -1], Solve(4, (0, 1, 0), (2, 3, -4)));

    [Fact]
    public void Solve_TriangleWithPendants_BeatsGreedy()
    {
        // Triangle 0-1-2 (0-1: 10, 1-2: 8, 0-2: 7) with pendants 0-3: 7 and 1-4: 7. Greedy takes 0-1 (10) and then every
        // other edge touches 0 or 1: total 10. By hand over all matchings of two edges: {0-3, 1-2} = 15,
        // {0-2, 1-4} = 14, {0-3, 1-4} = 14; five vertices hold at most two edges, so 15 is the best and unique.
        Assert.Equal([3, 2, 1, 0, -1], Solve(5, (0, 1, 10), (1, 2, 8), (0, 2, 7), (0, 3, 7), (1, 4, 7)));
    }

    [Fact]
    public void Solve_OddCycle_IsNotTreatedAsBipartite()
    {
        // A pentagon of equal weights: a bipartite assignment (each vertex sends to its clockwise neighbour) would take
        // all five edges, which is no matching. Two disjoint edges are the most a five-cycle holds; here the heavier
        // 0-1 and 2-3 (9 + 9) beat any pair using the light 4-0 or 3-4.
        var mates = Solve(5, (0, 1, 9), (1, 2, 5), (2, 3, 9), (3, 4, 5), (4, 0, 5));
        Assert.Equal([1, 0, 3, 2, -1], mates);
    }

    [Fact]
    public void Solve_AugmentingPathThroughABlossom_RematchesTheCycle()
    {
        // Triangle 1-2-3 with the heavy 2-3 (10) and a pendant 3-4 (7): 2-3 alone scores 10 but 1-2 (8) + 3-4 (7) = 15,
        // found only by growing through the odd cycle as a blossom.
        Assert.Equal([-1, 2, 1, 4, 3], Solve(5, (1, 2, 8), (1, 3, 9), (2, 3, 10), (3, 4, 7)));
        Assert.Equal([-1, 6, 3, 2, 5, 4, 1], Solve(7, (1, 2, 8), (1, 3, 9), (2, 3, 10), (3, 4, 7), (1, 6, 5), (4, 5, 6)));
    }

    // The graphs below are the blossom cases from Van Rantwijk's mwmatching test suite (create, nest, relabel and expand
    // blossoms in the ways that break careless implementations); each expected matching is also checked against brute
    // force so a mistake in either shows.
    public static TheoryData<int, int[], (int, int, int)[]> BlossomCases => new()
    {
        { 7, [-1, 6, 3, 2, 5, 4, 1], [(1, 2, 9), (1, 3, 8), (2, 3, 10), (1, 4, 5), (4, 5, 4), (1, 6, 3)] },
        { 7, [-1, 6, 3, 2, 5, 4, 1], [(1, 2, 9), (1, 3, 8), (2, 3, 10), (1, 4, 5), (4, 5, 3), (1, 6, 4)] },
        { 7, [-1, 2, 1, 6, 5, 4, 3], [(1, 2, 9), (1, 3, 8), (2, 3, 10), (1, 4, 5), (4, 5, 3), (3, 6, 4)] },
        { 7, [-1, 3, 4, 1, 2, 6, 5], [(1, 2, 9), (1, 3, 9), (2, 3, 10), (2, 4, 8), (3, 5, 8), (4, 5, 10), (5, 6, 6)] },
        { 9, [-1, 2, 1, 4, 3, 6, 5, 8, 7], [(1, 2, 10), (1, 7, 10), (2, 3, 12), (3, 4, 20), (3, 5, 20), (4, 5, 25), (5, 6, 10), (6, 7, 10), (7, 8, 8)] },
        { 9, [-1, 2, 1, 5, 6, 3, 4, 8, 7], [(1, 2, 8), (1, 3, 8), (2, 3, 10), (2, 4, 12), (3, 5, 12), (4, 5, 14), (4, 6, 12), (5, 7, 12), (6, 7, 14), (7, 8, 12)] },
        { 9, [-1, 6, 3, 2, 8, 7, 1, 5, 4], [(1, 2, 23), (1, 5, 22), (1, 6, 15), (2, 3, 25), (3, 4, 22), (4, 5, 25), (4, 8, 14), (5, 7, 13)] },
        { 9, [-1, 8, 3, 2, 7, 6, 5, 4, 1], [(1, 2, 19), (1, 3, 20), (1, 8, 8), (2, 3, 25), (2, 4, 18), (3, 5, 18), (4, 5, 13), (4, 7, 7), (5, 6, 7)] },
        { 11, [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9], [(1, 2, 45), (1, 5, 45), (2, 3, 50), (3, 4, 45), (4, 5, 50), (1, 6, 30), (3, 9, 35), (4, 8, 35), (5, 7, 26), (9, 10, 5)] },
        { 11, [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9], [(1, 2, 45), (1, 5, 45), (2, 3, 50), (3, 4, 45), (4, 5, 50), (1, 6, 30), (3, 9, 35), (4, 8, 26), (5, 7, 40), (9, 10, 5)] },
        { 11, [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9], [(1, 2, 45), (1, 5, 45), (2, 3, 50), (3, 4, 45), (4, 5, 50), (1, 6, 30), (3, 9, 35), (4, 8, 28), (5, 7, 26), (9, 10, 5)] },
        { 13, [-1, 8, 3, 2, 6, 9, 4, 10, 1, 5, 7, 12, 11], [(1, 2, 45), (1, 7, 45), (2, 3, 50), (3, 4, 45), (4, 5, 95), (4, 6, 94), (5, 6, 94), (6, 7, 50), (1, 8, 30), (3, 11, 35), (5, 9, 36), (7, 10, 26), (11, 12, 5)] },
        { 11, [-1, 2, 1, 5, 9, 3, 7, 6, 10, 4, 8], [(1, 2, 40), (1, 3, 40), (2, 3, 60), (2, 4, 55), (3, 5, 55), (4, 5, 50), (1, 8, 15), (5, 7, 30), (7, 6, 10), (8, 10, 10), (4, 9, 30)] },
    };

    [Theory]
    [MemberData(nameof(BlossomCases))]
    public void Solve_BlossomCases_FindTheKnownOptimum(int n, int[] expected, (int, int, int)[] edges)
    {
        var weighted = edges.Select(e => new WeightedEdge(e.Item1, e.Item2, e.Item3)).ToArray();
        var mates = MaximumWeightMatching.Solve(n, weighted);

        Assert.Equal(expected, mates);
        Assert.Equal(BruteForceBest(n, weighted), Total(mates, weighted));
        AssertCertified(n, weighted, MaximumWeightMatching.Run(n, weighted));
    }

    [Fact]
    public void Solve_ParallelEdges_UsesTheHeavier() => Assert.Equal(7, Total(Solve(2, (0, 1, 3), (1, 0, 7)), [new(0, 1, 3), new(1, 0, 7)]));

    [Fact]
    public void Solve_VertexOutsideTheGraph_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Solve(2, (0, 2, 1)));
        Assert.Throws<ArgumentException>(() => Solve(2, (1, 1, 1)));
    }

    /// <summary>Graphs of up to 12 vertices, any density, weights from a narrow range (many ties, many blossoms) or a
    /// wide one.</summary>
    private static readonly Gen<(int N, WeightedEdge[] Edges)> SmallGraphs =
        Gen.Int[0, 12].SelectMany(n => n < 2
            ? Gen.Const((n, Array.Empty<WeightedEdge>()))
            : Gen.Select(Gen.Double[0, 1], Gen.OneOf(Gen.Const(10), Gen.Const(1000))).SelectMany((density, range) =>
                Gen.Select(Gen.Double[0, 1], Gen.Int[1, range]).Array[n * (n - 1) / 2].Select(cells =>
                {
                    var edges = new List<WeightedEdge>();
                    var k = 0;
                    for (var a = 0; a < n; a++)
                        for (var b = a + 1; b < n; b++, k++)
                            if (cells[k].Item1 < density) edges.Add(new WeightedEdge(a, b, cells[k].Item2));
                    return (n, edges.ToArray());
                })));

    [Fact]
    public void Solve_SmallGraphs_EqualsBruteForce()
    {
        SmallGraphs.Sample(g =>
        {
            var mates = MaximumWeightMatching.Solve(g.N, g.Edges);
            AssertIsMatching(g.N, g.Edges, mates);
            Assert.Equal(BruteForceBest(g.N, g.Edges), Total(mates, g.Edges));
        }, iter: 400);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Solve_SmallGraphsThroughASparseCore_EqualsBruteForceWithACertificateForEveryEdge(int coreDegree)
    {
        // A core of one or two edges a vertex leaves most edges out, so the pricing rounds do the work.
        SmallGraphs.Sample(g =>
        {
            var certificate = MaximumWeightMatching.Run(g.N, g.Edges, coreDegree);
            AssertIsMatching(g.N, g.Edges, certificate.Mates);
            Assert.Equal(BruteForceBest(g.N, g.Edges), Total(certificate.Mates, g.Edges));
            AssertCertified(g.N, g.Edges, certificate);
        }, iter: 400);
    }

    [Fact]
    public void Solve_SmallGraphs_CarryAnOptimalDualCertificate()
    {
        SmallGraphs.Sample(g => AssertCertified(g.N, g.Edges, MaximumWeightMatching.Run(g.N, g.Edges)), iter: 400);
    }

    [Fact]
    public void Solve_LargeRandomGraphs_CarryAnOptimalDualCertificate()
    {
        // Weak duality: a feasible dual whose objective equals the matching's weight proves no matching weighs more.
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var random = new Random(seed);
            const int n = 400;
            var edges = new List<WeightedEdge>();
            for (var a = 0; a < n; a++)
                for (var b = a + 1; b < n; b++)
                    if (random.NextDouble() < 0.05) edges.Add(new WeightedEdge(a, b, random.Next(1, 25)));
            var certificate = MaximumWeightMatching.Run(n, edges);
            AssertIsMatching(n, edges, certificate.Mates);
            AssertCertified(n, edges, certificate);
        }
    }

    internal static void AssertIsMatching(int n, IReadOnlyList<WeightedEdge> edges, int[] mates)
    {
        Assert.Equal(n, mates.Length);
        var present = edges.Select(e => (Math.Min(e.A, e.B), Math.Max(e.A, e.B))).ToHashSet();
        for (var v = 0; v < n; v++)
        {
            if (mates[v] < 0) continue;
            Assert.Equal(v, mates[mates[v]]);
            Assert.Contains((Math.Min(v, mates[v]), Math.Max(v, mates[v])), present);
        }
    }

    /// <summary>The weight of a matching: for each matched pair the heaviest edge between them.</summary>
    internal static long Total(int[] mates, IReadOnlyList<WeightedEdge> edges)
    {
        var best = new Dictionary<(int, int), int>();
        foreach (var e in edges)
        {
            var key = (Math.Min(e.A, e.B), Math.Max(e.A, e.B));
            best[key] = Math.Max(best.GetValueOrDefault(key, int.MinValue), e.Weight);
        }
        return mates.Select((m, v) => m > v ? best[(v, m)] : 0L).Sum();
    }

    /// <summary>Dual feasibility (every slack and dual ≥ 0) and equal objectives: 2·w(M) = Σ 2u(v) + Σ z(B)·(|B| − 1).</summary>
    internal static void AssertCertified(int n, IReadOnlyList<WeightedEdge> edges, MaximumWeightMatching.Certificate certificate)
    {
        Assert.All(certificate.VertexDuals, u => Assert.True(u >= 0));
        Assert.All(certificate.Blossoms, b => Assert.True(b.Dual >= 0 && b.Vertices.Length % 2 == 1 && b.Vertices.Length >= 3));
        var memberships = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (var k = 0; k < certificate.Blossoms.Count; k++)
            foreach (var v in certificate.Blossoms[k].Vertices) memberships[v].Add(k);
        foreach (var e in edges)
        {
            var shared = memberships[e.A].Intersect(memberships[e.B]).Sum(k => certificate.Blossoms[k].Dual);
            var slack = certificate.VertexDuals[e.A] + certificate.VertexDuals[e.B] - 2L * e.Weight + 2 * shared;
            Assert.True(slack >= 0, $"edge {e.A}-{e.B} ({e.Weight}) has slack {slack}");
        }
        var dual = certificate.VertexDuals.Sum() + certificate.Blossoms.Sum(b => b.Dual * (b.Vertices.Length - 1));
        Assert.Equal(2 * Total(certificate.Mates, edges), dual);
    }

    /// <summary>The best matching's weight by trying every matching: the lowest free vertex stays single or is matched
    /// to each free neighbour in turn.</summary>
    internal static long BruteForceBest(int n, IReadOnlyList<WeightedEdge> edges)
    {
        var weight = new long[n, n];
        var adjacent = new bool[n, n];
        foreach (var e in edges)
        {
            if (adjacent[e.A, e.B] && weight[e.A, e.B] >= e.Weight) continue;
            weight[e.A, e.B] = weight[e.B, e.A] = e.Weight;
            adjacent[e.A, e.B] = adjacent[e.B, e.A] = true;
        }
        var used = new bool[n];
        return Best(0);

        long Best(int from)
        {
            while (from < n && used[from]) from++;
            if (from >= n) return 0;
            used[from] = true;
            var best = Best(from + 1);
            for (var v = from + 1; v < n; v++)
            {
                if (used[v] || !adjacent[from, v]) continue;
                used[v] = true;
                best = Math.Max(best, weight[from, v] + Best(from + 1));
                used[v] = false;
            }
            used[from] = false;
            return best;
        }
    }
}
