namespace GoldenThread.Audit;

/// <summary>One insert, update or delete of a domain row: who, when, which entity, and the changed values.</summary>
public class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The system the changed row belongs to; null for national rows (accounts, national roles).</summary>
    public Guid? SystemId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorAccountId { get; set; }
    public required string ActorName { get; set; }
    public required string Entity { get; set; }
    public required string EntityId { get; set; }
    /// <summary><c>insert</c>, <c>update</c> or <c>delete</c>.</summary>
    public required string Action { get; set; }
    public List<AuditChange> Changes { get; set; } = [];
}

/// <summary>One property's value before and after the change, as invariant text (null when absent).</summary>
public sealed record AuditChange(string Property, string? Before, string? After);

/// <summary>
/// A row whose change can carry words the audit trail keeps beside its values: why it was made and what it did
/// (a round's rules changed after teams applied). Each is recorded as a change from nothing to its text; the row does
/// not store them.
/// </summary>
public interface IExplainedChange
{
    IReadOnlyList<AuditChange> Explanation { get; }
}
