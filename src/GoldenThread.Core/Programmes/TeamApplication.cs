using GoldenThread.Network;

namespace GoldenThread.Programmes;

public enum ApplicationState
{
    /// <summary>Being written; only its system sees it.</summary>
    Draft,
    /// <summary>Sent to the programme: eligibility, review and selection see it.</summary>
    Submitted,
    /// <summary>Taken back by the team before a decision.</summary>
    Withdrawn,
}

public enum ApplicationDecision
{
    Undecided,
    Selected,
    NotSelected,
}

/// <summary>How an application reached the round.</summary>
public enum ApplicationSource
{
    /// <summary>The question pages of the app.</summary>
    Journey,
    Api,
    /// <summary>An APPLICATIONS.json file the operator imported.</summary>
    Import,
}

/// <summary>
/// A team's application to a programme round, from its system: its content (the shape of APPLICATIONS.json), where it
/// is in its life, and the operator's decision with rationale and feedback. Belongs to the applying system.
/// </summary>
public class TeamApplication : ISystemScoped, IVersioned
{
    public const int ReferenceLength = ApplicationRules.IdLength;
    public const int TextLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid RoundId { get; set; }
    /// <summary>The application's id within its round, as files and the eligibility engine know it ("a1", "GT-0007").</summary>
    public required string Reference { get; set; }
    public ApplicationState State { get; set; } = ApplicationState.Draft;
    public ApplicationSource Source { get; set; } = ApplicationSource.Journey;
    public ApplicationContent Content { get; set; } = new();
    /// <summary>The account that started it: with the system's leadership, the only one who may change a draft.</summary>
    public string? CreatedByAccountId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    public ApplicationDecision Decision { get; set; } = ApplicationDecision.Undecided;
    /// <summary>Why the operator decided as it did (for the record; not shown to the team).</summary>
    public string? DecisionRationale { get; set; }
    /// <summary>What the team is told with its outcome.</summary>
    public string? Feedback { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    /// <summary>The learning set a selected team became.</summary>
    public Guid? LearningSetId { get; set; }

    /// <summary>The application as the eligibility engine reads it; a draft counts as submitted at <paramref name="asOf"/>.</summary>
    public Application ForEligibility(string systemCode, DateTimeOffset asOf) =>
        new(Reference, systemCode, SubmittedAt ?? asOf, Content);
}
