namespace GoldenThread.Access;

/// <summary>
/// One role held by one account: per system for system roles, per body for a body secretary,
/// national (no system) for the programme operator and reviewers.
/// </summary>
public class RoleAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string AccountId { get; set; }
    public required string Role { get; set; }
    public Guid? SystemId { get; set; }
    public Guid? BodyId { get; set; }
}
