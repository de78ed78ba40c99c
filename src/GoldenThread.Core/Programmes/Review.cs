using GoldenThread.Network;

namespace GoldenThread.Programmes;

/// <summary>
/// A reviewer asked to score one application. Assigned automatically (balanced, avoiding conflicts) or by the operator,
/// who may override a conflict only with a reason. Belongs to the application's system.
/// </summary>
public class ReviewAssignment : ISystemScoped, IVersioned
{
    public const int TextLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid ApplicationId { get; set; }
    public required string ReviewerAccountId { get; set; }
    public bool Automatic { get; set; }
    /// <summary>Why the operator assigned a reviewer despite a conflict; null when there was none.</summary>
    public string? ConflictOverrideReason { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
    public List<RubricScore> Scores { get; set; } = [];
    public string? Comment { get; set; }
    /// <summary>Null while the reviewer is still scoring.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }
}

/// <summary>A reviewer's score for one rubric criterion, with what they would tell the team.</summary>
public sealed record RubricScore(string CriterionId, int Score, string? Comment);

/// <summary>A reviewer's own statement that they cannot fairly review an application, and why.</summary>
public class ConflictDeclaration : ISystemScoped
{
    public const int ReasonLength = 1_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid ApplicationId { get; set; }
    public required string ReviewerAccountId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset DeclaredAt { get; set; }
}

/// <summary>
/// The operator's moderation of an application's overall score: the score that stands in place of the reviewers'
/// mean, and why. Never changed; the latest for an application is the one that stands, the others are its history.
/// </summary>
public class ModeratedScore : ISystemScoped
{
    public const int ReasonLength = 1_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid ApplicationId { get; set; }
    public double Score { get; set; }
    public required string Reason { get; set; }
    public required string ByAccountId { get; set; }
    public DateTimeOffset At { get; set; }
}
