namespace GoldenThread.Network;

public class Place : ISystemScoped, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Name { get; set; }
    public int Population { get; set; }
    /// <summary><c>unitary</c> or <c>two-tier</c>: a two-tier place has a county and district councils.</summary>
    public required string LocalAuthorityTier { get; set; }
}
