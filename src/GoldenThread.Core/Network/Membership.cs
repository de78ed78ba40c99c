namespace GoldenThread.Network;

/// <summary>One period of a person's seat on a body; the same person may hold several periods on one body.</summary>
public class Membership : ISystemScoped, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid PersonId { get; set; }
    public Guid BodyId { get; set; }
    public required string Role { get; set; }
    public required string Capacity { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly? End { get; set; }
    public decimal HoursPerMonth { get; set; }
    public Guid? FundedByOrganisationId { get; set; }
}
