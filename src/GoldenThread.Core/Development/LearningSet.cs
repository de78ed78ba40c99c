using GoldenThread.Network;

namespace GoldenThread.Development;

/// <summary>
/// A small pan-sector team learning together on a wicked issue: a selected programme team, or a set formed from
/// individuals. Its measures are SPC measures (<see cref="Measures.Measure.LearningSetId"/>).
/// </summary>
public class LearningSet : ISystemScoped, IVersioned
{
    public const int NameLength = 200;
    public const int TextLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public required string Name { get; set; }
    public string? WickedIssueTitle { get; set; }
    public string? WickedIssueDescription { get; set; }
    public string? PriorityArea { get; set; }
    /// <summary>The programme round and application it came from, for a selected team.</summary>
    public Guid? RoundId { get; set; }
    public Guid? ApplicationId { get; set; }
    public DateOnly FormedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A member of a learning set: someone of the register, or named as the team's application named them.</summary>
public class LearningSetMember : ISystemScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid LearningSetId { get; set; }
    public Guid? PersonId { get; set; }
    public required string Name { get; set; }
    public string? Organisation { get; set; }
    public string? Sector { get; set; }
    public string? Seniority { get; set; }
    public string? Function { get; set; }
}
