namespace GoldenThread.Network;

/// <summary>A leadership body (board, cabinet, forum, network…) at one level of the system.</summary>
public class Body : ISystemScoped, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
    public required string Level { get; set; }
    public Guid? PlaceId { get; set; }
    public Guid? NeighbourhoodId { get; set; }
    public string? Topic { get; set; }
    public required string DecisionRights { get; set; }
    public string? Cadence { get; set; }
    public DateOnly? ActiveFrom { get; set; }
    public DateOnly? ActiveTo { get; set; }
    public List<BodyFeed> FeedsInto { get; set; } = [];

    /// <summary>Makes the bodies this one feeds into exactly <paramref name="targets"/>, keeping the edges that stay.</summary>
    public void SetFeedsInto(IEnumerable<Guid> targets)
    {
        var wanted = targets.ToHashSet();
        FeedsInto.RemoveAll(f => !wanted.Contains(f.FeedsIntoBodyId));
        foreach (var target in wanted.Where(t => FeedsInto.All(f => f.FeedsIntoBodyId != t)))
            FeedsInto.Add(new BodyFeed { SystemId = SystemId, BodyId = Id, FeedsIntoBodyId = target });
    }
}

/// <summary>One edge of the feeds-into graph: <see cref="BodyId"/> reports to <see cref="FeedsIntoBodyId"/>.</summary>
public class BodyFeed : ISystemScoped
{
    public Guid SystemId { get; set; }
    public Guid BodyId { get; set; }
    public Guid FeedsIntoBodyId { get; set; }
}
