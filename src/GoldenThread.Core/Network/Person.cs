namespace GoldenThread.Network;

public class Person : ISystemScoped, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public required string Profession { get; set; }
    public string? Specialty { get; set; }
    public required string Setting { get; set; }
    public Guid? OrganisationId { get; set; }
    public required string Seniority { get; set; }
    public decimal Fte { get; set; } = 1m;
    public bool Lay { get; set; }
}
