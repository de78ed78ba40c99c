namespace GoldenThread.Network;

/// <summary>
/// The text alternative of a structure diagram: each body that feeds into nothing, with the bodies that feed into
/// it nested below, recursively; and the bodies linked to nothing at all.
/// </summary>
public sealed record StructureTree(IReadOnlyList<StructureTreeNode> Tops, IReadOnlyList<StructureBody> Unlinked)
{
    /// <summary>
    /// Builds the tree of an acyclic graph. A body that feeds into several appears under each, noting the others;
    /// its own feeders are nested only under the first, which keeps the list as long as the graph, not exponential.
    /// </summary>
    internal static StructureTree Build(FeedsIntoGraph graph)
    {
        IEnumerable<int> TopDown(IEnumerable<int> bodies) => bodies
            .OrderBy(i => Vocabularies.Default.LevelFromTop(graph.Bodies[i].Level))
            .ThenBy(i => i);
        var expandedUnder = new Dictionary<int, int?>();

        StructureTreeNode Node(int body, int? parent)
        {
            var also = graph.Targets[body].Where(t => t != parent).Select(t => graph.Bodies[t]).ToList();
            if (expandedUnder.TryGetValue(body, out var first))
                return new StructureTreeNode(graph.Bodies[body], also,
                    graph.Feeders[body].Length > 0 && first is { } under ? graph.Bodies[under] : null, []);
            expandedUnder[body] = parent;
            return new StructureTreeNode(graph.Bodies[body], also, null, [.. TopDown(graph.Feeders[body]).Select(f => Node(f, body))]);
        }

        var tops = Enumerable.Range(0, graph.Count).Where(i => graph.Targets[i].Length == 0).ToList();
        return new StructureTree(
            [.. TopDown(tops.Where(i => graph.Feeders[i].Length > 0)).Select(i => Node(i, null))],
            [.. TopDown(tops.Where(i => graph.Feeders[i].Length == 0)).Select(i => graph.Bodies[i])]);
    }

    /// <summary>Every body in the tree, each once.</summary>
    public IEnumerable<StructureBody> Bodies() =>
        Tops.SelectMany(t => t.Descendants()).Select(n => n.Body).Concat(Unlinked).DistinctBy(b => b.Id);
}

/// <summary>
/// One body in the text alternative, with the bodies that feed into it. <see cref="AlsoFeedsInto"/> names the other
/// bodies it feeds into; when it appeared earlier, <see cref="FeedersListedUnder"/> says where its feeders are listed.
/// </summary>
public sealed record StructureTreeNode(
    StructureBody Body, IReadOnlyList<StructureBody> AlsoFeedsInto, StructureBody? FeedersListedUnder,
    IReadOnlyList<StructureTreeNode> FedBy)
{
    public IEnumerable<StructureTreeNode> Descendants() => FedBy.SelectMany(f => f.Descendants()).Prepend(this);
}
