namespace GoldenThread.Network;

public class Organisation : ISystemScoped, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Name { get; set; }
    public string? OdsCode { get; set; }
    public required string Sector { get; set; }
    /// <summary>The place it serves; null for an organisation that serves the whole system.</summary>
    public Guid? PlaceId { get; set; }
}
