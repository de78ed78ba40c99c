namespace GoldenThread.Development;

/// <summary>
/// The state of one run of <see cref="MaximumWeightMatching"/>. Vertices are 0 … n − 1 and blossoms n … 2n − 1; an
/// edge k has endpoints 2k (its A end) and 2k + 1 (its B end), so <c>p ^ 1</c> is the other end of endpoint p.
/// Labels: 0 free, 1 S (outer), 2 T (inner); 5 marks a blossom on the path being scanned for a common base.
/// </summary>
internal sealed class BlossomSearch
{
    private const int Free = 0, Outer = 1, Inner = 2, Breadcrumb = 5;

    private readonly int n;
    private readonly int[] endpoint;
    private readonly int[] weight;
    private readonly int[] neighbourStart;
    private readonly int[] neighbourEnds;

    private readonly int[] mate;
    private readonly int[] label;
    private readonly int[] labelEnd;
    private readonly int[] inBlossom;
    private readonly int[] blossomParent;
    private readonly List<int>?[] blossomChildren;
    private readonly List<int>?[] blossomEnds;
    private readonly int[] blossomBase;
    private readonly int[] bestEdge;
    private readonly List<int>?[] blossomBestEdges;
    private readonly Stack<int> unusedBlossoms = new();
    private readonly long[] dual;
    private readonly bool[] allowEdge;
    private readonly List<int> queue = [];
    private readonly List<int> leaves = [];
    private readonly int[] bestEdgeTo;

    public BlossomSearch(int vertexCount, IReadOnlyList<WeightedEdge> edges)
    {
        n = vertexCount;
        var m = edges.Count;
        endpoint = new int[2 * m];
        weight = new int[m];
        var degree = new int[n + 1];
        for (var k = 0; k < m; k++)
        {
            endpoint[2 * k] = edges[k].A;
            endpoint[2 * k + 1] = edges[k].B;
            weight[k] = edges[k].Weight;
            degree[edges[k].A]++;
            degree[edges[k].B]++;
        }
        neighbourStart = new int[n + 1];
        for (var v = 0; v < n; v++) neighbourStart[v + 1] = neighbourStart[v] + degree[v];
        neighbourEnds = new int[2 * m];
        var fill = neighbourStart[..n];
        for (var k = 0; k < m; k++)
        {
            // A vertex's list holds the far endpoints of its edges.
            neighbourEnds[fill[edges[k].A]++] = 2 * k + 1;
            neighbourEnds[fill[edges[k].B]++] = 2 * k;
        }

        mate = Filled(n, -1);
        label = new int[2 * n];
        labelEnd = Filled(2 * n, -1);
        inBlossom = [.. Enumerable.Range(0, n)];
        blossomParent = Filled(2 * n, -1);
        blossomChildren = new List<int>?[2 * n];
        blossomEnds = new List<int>?[2 * n];
        blossomBase = [.. Enumerable.Range(0, n), .. Enumerable.Repeat(-1, n)];
        bestEdge = Filled(2 * n, -1);
        blossomBestEdges = new List<int>?[2 * n];
        for (var b = 2 * n - 1; b >= n; b--) unusedBlossoms.Push(b);
        var maxWeight = Math.Max(0, weight.DefaultIfEmpty(0).Max());
        dual = new long[2 * n];
        for (var v = 0; v < n; v++) dual[v] = maxWeight;
        allowEdge = new bool[m];
        bestEdgeTo = Filled(2 * n, -1);
    }

    public void Run()
    {
        for (var stage = 0; stage < n; stage++)
        {
            Array.Clear(label);
            Array.Fill(bestEdge, -1);
            Array.Fill(blossomBestEdges, null, n, n);
            Array.Clear(allowEdge);
            queue.Clear();
            for (var v = 0; v < n; v++)
                if (mate[v] == -1 && label[inBlossom[v]] == Free) AssignLabel(v, Outer, -1);

            if (!Augment()) break;

            // End of a stage: an outer blossom whose dual has come down to 0 is no longer needed.
            for (var b = n; b < 2 * n; b++)
                if (blossomParent[b] == -1 && blossomBase[b] >= 0 && label[b] == Outer && dual[b] == 0)
                    ExpandBlossom(b, endOfStage: true);
        }
    }

    /// <summary>Grows the forest along tight edges, changing the duals when it is stuck, until it augments the
    /// matching (true) or the duals prove no augmenting path can add weight (false).</summary>
    private bool Augment()
    {
        while (true)
        {
            if (Scan()) return true;
            var (kind, delta, edge, blossom) = LeastDelta();
            for (var v = 0; v < n; v++)
            {
                var l = label[inBlossom[v]];
                if (l == Outer) dual[v] -= delta;
                else if (l == Inner) dual[v] += delta;
            }
            for (var b = n; b < 2 * n; b++)
            {
                if (blossomBase[b] < 0 || blossomParent[b] != -1) continue;
                if (label[b] == Outer) dual[b] += delta;
                else if (label[b] == Inner) dual[b] -= delta;
            }
            switch (kind)
            {
                case 1:
                    return false;
                case 2:
                    {
                        allowEdge[edge] = true;
                        var i = endpoint[2 * edge];
                        if (label[inBlossom[i]] == Free) i = endpoint[2 * edge + 1];
                        queue.Add(i);
                        break;
                    }
                case 3:
                    allowEdge[edge] = true;
                    queue.Add(endpoint[2 * edge]);
                    break;
                default:
                    ExpandBlossom(blossom, endOfStage: false);
                    break;
            }
        }
    }

    /// <summary>Takes outer vertices off the queue and follows their tight edges: labels a free blossom inner, makes
    /// a blossom of an odd cycle, or augments along a path between two free vertices (true).</summary>
    private bool Scan()
    {
        while (queue.Count > 0)
        {
            var v = queue[^1];
            queue.RemoveAt(queue.Count - 1);
            for (var i = neighbourStart[v]; i < neighbourStart[v + 1]; i++)
            {
                var p = neighbourEnds[i];
                var k = p >> 1;
                var w = endpoint[p];
                if (inBlossom[v] == inBlossom[w]) continue;
                long slack = 0;
                if (!allowEdge[k])
                {
                    slack = Slack(k);
                    if (slack <= 0) allowEdge[k] = true;
                }
                if (allowEdge[k])
                {
                    var labelW = label[inBlossom[w]];
                    if (labelW == Free) AssignLabel(w, Inner, p ^ 1);
                    else if (labelW == Outer)
                    {
                        var commonBase = ScanForBase(v, w);
                        if (commonBase >= 0) AddBlossom(commonBase, k);
                        else
                        {
                            AugmentMatching(k);
                            return true;
                        }
                    }
                    else if (label[w] == Free)
                    {
                        // w is inside an inner blossom and now reachable: remembered in case the blossom expands.
                        label[w] = Inner;
                        labelEnd[w] = p ^ 1;
                    }
                }
                else if (label[inBlossom[w]] == Outer)
                {
                    var b = inBlossom[v];
                    if (bestEdge[b] == -1 || slack < Slack(bestEdge[b])) bestEdge[b] = k;
                }
                else if (label[w] == Free)
                {
                    if (bestEdge[w] == -1 || slack < Slack(bestEdge[w])) bestEdge[w] = k;
                }
            }
        }
        return false;
    }

    /// <summary>The smallest dual change that makes progress: 1 an outer vertex's dual reaches 0 (done), 2 an edge
    /// from an outer to a free vertex becomes tight, 3 an edge between two outer blossoms becomes tight, 4 an inner
    /// blossom's dual reaches 0 (expand it).</summary>
    private (int Kind, long Delta, int Edge, int Blossom) LeastDelta()
    {
        var kind = 1;
        var delta = long.MaxValue;
        for (var v = 0; v < n; v++) delta = Math.Min(delta, dual[v]);
        int edge = -1, blossom = -1;
        for (var v = 0; v < n; v++)
        {
            if (label[inBlossom[v]] != Free || bestEdge[v] == -1) continue;
            var d = Slack(bestEdge[v]);
            if (d < delta) (delta, kind, edge) = (d, 2, bestEdge[v]);
        }
        for (var b = 0; b < 2 * n; b++)
        {
            if (blossomParent[b] != -1 || label[b] != Outer || bestEdge[b] == -1) continue;
            // Both ends move by delta, so the slack closes at twice the rate; integral weights keep it even.
            var d = Slack(bestEdge[b]) / 2;
            if (d < delta) (delta, kind, edge) = (d, 3, bestEdge[b]);
        }
        for (var b = n; b < 2 * n; b++)
        {
            if (blossomBase[b] < 0 || blossomParent[b] != -1 || label[b] != Inner) continue;
            if (dual[b] < delta) (delta, kind, blossom) = (dual[b], 4, b);
        }
        return (kind, delta, edge, blossom);
    }

    private long Slack(int k) => dual[endpoint[2 * k]] + dual[endpoint[2 * k + 1]] - 2L * weight[k];

    private void AppendLeaves(int b, List<int> into)
    {
        if (b < n)
        {
            into.Add(b);
            return;
        }
        foreach (var child in blossomChildren[b]!) AppendLeaves(child, into);
    }

    private List<int> LeavesOf(int b)
    {
        leaves.Clear();
        AppendLeaves(b, leaves);
        return leaves;
    }

    /// <summary>Labels vertex w's top blossom with <paramref name="t"/>, reached through endpoint p; an inner blossom's
    /// mate becomes outer in turn.</summary>
    private void AssignLabel(int w, int t, int p)
    {
        var b = inBlossom[w];
        label[w] = label[b] = t;
        labelEnd[w] = labelEnd[b] = p;
        bestEdge[w] = bestEdge[b] = -1;
        if (t == Outer)
        {
            AppendLeaves(b, queue);
        }
        else
        {
            var matched = mate[blossomBase[b]];
            AssignLabel(endpoint[matched], Outer, matched ^ 1);
        }
    }

    /// <summary>Walks back from outer vertices v and w towards their roots; the first blossom both paths reach is the
    /// base of a new blossom (returned), or −1 when the roots differ (an augmenting path).</summary>
    private int ScanForBase(int v, int w)
    {
        var path = new List<int>();
        var found = -1;
        while (v != -1 || w != -1)
        {
            var b = inBlossom[v];
            if ((label[b] & 4) != 0)
            {
                found = blossomBase[b];
                break;
            }
            path.Add(b);
            label[b] = Breadcrumb;
            if (labelEnd[b] == -1) v = -1;
            else
            {
                v = endpoint[labelEnd[b]];
                b = inBlossom[v];
                v = endpoint[labelEnd[b]];
            }
            if (w != -1) (v, w) = (w, v);
        }
        foreach (var b in path) label[b] = Outer;
        return found;
    }

    /// <summary>Makes a blossom of the odd cycle closed by edge k through the common base.</summary>
    private void AddBlossom(int commonBase, int k)
    {
        var v = endpoint[2 * k];
        var w = endpoint[2 * k + 1];
        var bb = inBlossom[commonBase];
        var bv = inBlossom[v];
        var bw = inBlossom[w];
        var b = unusedBlossoms.Pop();
        blossomBase[b] = commonBase;
        blossomParent[b] = -1;
        blossomParent[bb] = b;
        var children = new List<int>();
        var ends = new List<int>();
        while (bv != bb)
        {
            blossomParent[bv] = b;
            children.Add(bv);
            ends.Add(labelEnd[bv]);
            v = endpoint[labelEnd[bv]];
            bv = inBlossom[v];
        }
        children.Add(bb);
        children.Reverse();
        ends.Reverse();
        ends.Add(2 * k);
        while (bw != bb)
        {
            blossomParent[bw] = b;
            children.Add(bw);
            ends.Add(labelEnd[bw] ^ 1);
            w = endpoint[labelEnd[bw]];
            bw = inBlossom[w];
        }
        blossomChildren[b] = children;
        blossomEnds[b] = ends;
        label[b] = Outer;
        labelEnd[b] = labelEnd[bb];
        dual[b] = 0;
        foreach (var leaf in LeavesOf(b))
        {
            // Inner vertices of the cycle become outer: their edges must be scanned.
            if (label[inBlossom[leaf]] == Inner) queue.Add(leaf);
            inBlossom[leaf] = b;
        }
        CollectBestEdges(b, children);
    }

    /// <summary>The new blossom's least-slack edge to each other outer blossom, from its children's lists (or their
    /// vertices' edges when a child kept none).</summary>
    private void CollectBestEdges(int b, List<int> children)
    {
        var touched = new List<int>();
        foreach (var child in children)
        {
            if (blossomBestEdges[child] is { } kept) ConsiderAll(kept);
            else
                foreach (var leaf in LeavesOf(child))
                    for (var i = neighbourStart[leaf]; i < neighbourStart[leaf + 1]; i++)
                        ConsiderEdge(neighbourEnds[i] >> 1);
            blossomBestEdges[child] = null;
            bestEdge[child] = -1;
        }
        var best = new List<int>(touched.Count);
        bestEdge[b] = -1;
        foreach (var other in touched)
        {
            var k = bestEdgeTo[other];
            bestEdgeTo[other] = -1;
            best.Add(k);
            if (bestEdge[b] == -1 || Slack(k) < Slack(bestEdge[b])) bestEdge[b] = k;
        }
        blossomBestEdges[b] = best;

        void ConsiderAll(IEnumerable<int> edges)
        {
            foreach (var k in edges) ConsiderEdge(k);
        }

        void ConsiderEdge(int k)
        {
            var j = endpoint[2 * k + 1];
            if (inBlossom[j] == b) j = endpoint[2 * k];
            var bj = inBlossom[j];
            if (bj == b || label[bj] != Outer) return;
            if (bestEdgeTo[bj] == -1) touched.Add(bj);
            else if (Slack(k) >= Slack(bestEdgeTo[bj])) return;
            bestEdgeTo[bj] = k;
        }
    }

    /// <summary>Dissolves blossom b into its children; during a stage, an inner blossom's children on the path from
    /// where it was entered to its base are relabelled so the forest stays alternating.</summary>
    private void ExpandBlossom(int b, bool endOfStage)
    {
        var children = blossomChildren[b]!;
        foreach (var s in children)
        {
            blossomParent[s] = -1;
            if (s < n) inBlossom[s] = s;
            else if (endOfStage && dual[s] == 0) ExpandBlossom(s, endOfStage);
            else
                foreach (var leaf in LeavesOf(s))
                    inBlossom[leaf] = s;
        }
        if (!endOfStage && label[b] == Inner) RelabelExpanded(b, children);
        label[b] = labelEnd[b] = -1;
        blossomChildren[b] = blossomEnds[b] = null;
        blossomBase[b] = -1;
        blossomBestEdges[b] = null;
        bestEdge[b] = -1;
        unusedBlossoms.Push(b);
    }

    private void RelabelExpanded(int b, List<int> children)
    {
        var ends = blossomEnds[b]!;
        var count = children.Count;
        var entryChild = inBlossom[endpoint[labelEnd[b] ^ 1]];
        var j = children.IndexOf(entryChild);
        var (step, trick) = Direction(ref j, count);
        var p = labelEnd[b];
        while (j != 0)
        {
            // Relabel the inner child, then step over the outer one to the next inner.
            label[endpoint[p ^ 1]] = Free;
            label[endpoint[ends[Wrap(j - trick, count)] ^ trick ^ 1]] = Free;
            AssignLabel(endpoint[p ^ 1], Inner, p);
            allowEdge[ends[Wrap(j - trick, count)] >> 1] = true;
            j += step;
            p = ends[Wrap(j - trick, count)] ^ trick;
            allowEdge[p >> 1] = true;
            j += step;
        }
        // The base child becomes inner without passing the label on to its mate, which already has one.
        var bv = children[Wrap(j, count)];
        label[endpoint[p ^ 1]] = label[bv] = Inner;
        labelEnd[endpoint[p ^ 1]] = labelEnd[bv] = p;
        bestEdge[bv] = -1;
        j += step;
        while (children[Wrap(j, count)] != entryChild)
        {
            bv = children[Wrap(j, count)];
            j += step;
            if (label[bv] == Outer) continue;
            // A child on the other side of the cycle becomes inner only if one of its vertices was reached.
            var reached = -1;
            foreach (var leaf in LeavesOf(bv))
                if (label[leaf] != Free)
                {
                    reached = leaf;
                    break;
                }
            if (reached < 0) continue;
            label[reached] = Free;
            label[endpoint[mate[blossomBase[bv]]]] = Free;
            AssignLabel(reached, Inner, labelEnd[reached]);
        }
    }

    /// <summary>Odd start: go forward and wrap (j made negative); even: go backward. Either way the path to the base
    /// (index 0) has even length.</summary>
    private static (int Step, int Trick) Direction(ref int j, int count)
    {
        if ((j & 1) == 0) return (-1, 1);
        j -= count;
        return (1, 0);
    }

    private static int Wrap(int j, int count) => ((j % count) + count) % count;

    /// <summary>Swaps matched and unmatched edges along the path of blossom b from vertex v to its base, and makes v's
    /// child the new base.</summary>
    private void AugmentBlossom(int b, int v)
    {
        var t = v;
        while (blossomParent[t] != b) t = blossomParent[t];
        if (t >= n) AugmentBlossom(t, v);
        var children = blossomChildren[b]!;
        var ends = blossomEnds[b]!;
        var count = children.Count;
        var start = children.IndexOf(t);
        var j = start;
        var (step, trick) = Direction(ref j, count);
        while (j != 0)
        {
            j += step;
            t = children[Wrap(j, count)];
            var p = ends[Wrap(j - trick, count)] ^ trick;
            if (t >= n) AugmentBlossom(t, endpoint[p]);
            j += step;
            t = children[Wrap(j, count)];
            if (t >= n) AugmentBlossom(t, endpoint[p ^ 1]);
            mate[endpoint[p]] = p ^ 1;
            mate[endpoint[p ^ 1]] = p;
        }
        blossomChildren[b] = [.. children.Skip(start), .. children.Take(start)];
        blossomEnds[b] = [.. ends.Skip(start), .. ends.Take(start)];
        blossomBase[b] = blossomBase[blossomChildren[b]![0]];
    }

    /// <summary>Augments along the path through edge k joining two trees: from each end back to its root.</summary>
    private void AugmentMatching(int k)
    {
        foreach (var (start, far) in new[] { (endpoint[2 * k], 2 * k + 1), (endpoint[2 * k + 1], 2 * k) })
        {
            var s = start;
            var p = far;
            while (true)
            {
                var bs = inBlossom[s];
                if (bs >= n) AugmentBlossom(bs, s);
                mate[s] = p;
                if (labelEnd[bs] == -1) break;
                var t = endpoint[labelEnd[bs]];
                var bt = inBlossom[t];
                s = endpoint[labelEnd[bt]];
                var j = endpoint[labelEnd[bt] ^ 1];
                if (bt >= n) AugmentBlossom(bt, j);
                mate[j] = labelEnd[bt];
                p = labelEnd[bt] ^ 1;
            }
        }
    }

    public MaximumWeightMatching.Certificate Certificate()
    {
        var partners = new int[n];
        for (var v = 0; v < n; v++) partners[v] = mate[v] == -1 ? -1 : endpoint[mate[v]];
        var blossoms = new List<(long, int[])>();
        for (var b = n; b < 2 * n; b++)
            if (blossomBase[b] >= 0)
                blossoms.Add((dual[b], [.. LeavesOf(b)]));
        return new(partners, dual[..n], blossoms);
    }

    private static int[] Filled(int length, int value)
    {
        var array = new int[length];
        Array.Fill(array, value);
        return array;
    }
}
