namespace GoldenThread.Network;

/// <summary>A neighbourhood or primary care network within a place.</summary>
public class Neighbourhood : ISystemScoped, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid PlaceId { get; set; }
    public required string Name { get; set; }
    public int Population { get; set; }
}
