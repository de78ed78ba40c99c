using GoldenThread.Network;

namespace GoldenThread.Frameworks;

/// <summary>
/// A system's own framework, adopted from one of the <see cref="FrameworkLibrary"/> and adapted over time; its wording
/// lives in its versions. Published, its current version and plan are on the system's public framework page.
/// </summary>
public class Framework : ISystemScoped, IVersioned
{
    public const int NameLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    /// <summary>The library framework it was adopted from (<see cref="FrameworkDefinition.Key"/>); one per system.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    /// <summary>The version new assessments use: the latest.</summary>
    public Guid CurrentVersionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the leadership team published the framework and its plan to the public; null while not published.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
}

/// <summary>One wording of a system's framework, never changed once saved: a change makes the next version.</summary>
public class FrameworkVersion : ISystemScoped
{
    public const int NoteLength = 1_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid FrameworkId { get; set; }
    /// <summary>1 for the adopted copy, then 2, 3, …</summary>
    public int Number { get; set; }
    public FrameworkDefinition Definition { get; set; } = new();
    /// <summary>What changed from the version before, in the words of whoever changed it ("Adopted from …" for 1).</summary>
    public required string Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedByAccountId { get; set; }
}

public enum AssessmentState
{
    /// <summary>Raters are rating.</summary>
    Open,
    /// <summary>Rating has closed; the leadership team moderates.</summary>
    Moderating,
    /// <summary>Every criterion moderated and the results agreed; nothing changes after this.</summary>
    Completed,
}

/// <summary>A self-assessment round of a system against one version of its framework.</summary>
public class Assessment : ISystemScoped, IVersioned
{
    public const int NameLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid FrameworkId { get; set; }
    public Guid FrameworkVersionId { get; set; }
    public required string Name { get; set; }
    public DateOnly OpensOn { get; set; }
    /// <summary>The last day raters may rate.</summary>
    public DateOnly ClosesOn { get; set; }
    public AssessmentState State { get; set; } = AssessmentState.Open;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>Someone of the register invited to rate an assessment; they rate through an account linked to that person.</summary>
public class AssessmentRater : ISystemScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SystemId { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid PersonId { get; set; }
    public DateTimeOffset InvitedAt { get; set; }
    /// <summary>When the rater said they had finished; they may still change ratings while the assessment is open.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }
}

/// <summary>
/// One rater's rating of one criterion: a level (1 = lowest) or not applicable, with the rationale (required for "not
/// applicable", where it is the justification) and links to evidence.
/// </summary>
public class CriterionRating : ISystemScoped, IVersioned
{
    public const int RationaleLength = 4_000;
    public const int LinkLength = 500;
    public const int MostLinks = 5;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid AssessmentId { get; set; }
    public Guid RaterId { get; set; }
    public required string CriterionId { get; set; }
    /// <summary>Null when <see cref="NotApplicable"/>.</summary>
    public int? Level { get; set; }
    public bool NotApplicable { get; set; }
    public string? Rationale { get; set; }
    public List<string> EvidenceLinks { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>The leadership team's agreed rating of a criterion in an assessment, with why; changes are audited.</summary>
public class ModeratedRating : ISystemScoped, IVersioned
{
    public const int RationaleLength = 4_000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid AssessmentId { get; set; }
    public required string CriterionId { get; set; }
    public int? Level { get; set; }
    public bool NotApplicable { get; set; }
    public required string Rationale { get; set; }
    public DateTimeOffset ModeratedAt { get; set; }
    public string? ModeratedByAccountId { get; set; }
}

public enum ActionStatus
{
    NotStarted,
    InProgress,
    Done,
    /// <summary>No longer pursued; kept, with its progress note saying why.</summary>
    Dropped,
}

/// <summary>
/// An action of the system's framework plan: what will be done about a criterion, by whom and when, how it is going,
/// and optionally the outcome measure it should move.
/// </summary>
public class PlanAction : ISystemScoped, IVersioned
{
    public const int TitleLength = 300;
    public const int TextLength = 4_000;
    public const int OwnerLength = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    public Guid SystemId { get; set; }
    public Guid FrameworkId { get; set; }
    public required string CriterionId { get; set; }
    /// <summary>The assessment whose results prompted it, if any.</summary>
    public Guid? AssessmentId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    /// <summary>Who is responsible, as written (a person or a body).</summary>
    public required string Owner { get; set; }
    /// <summary>The register person responsible, when the owner is one.</summary>
    public Guid? OwnerPersonId { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.NotStarted;
    public string? ProgressNote { get; set; }
    /// <summary>The SPC measure (<see cref="Measures.Measure"/>) the action should move, if any.</summary>
    public Guid? MeasureId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Past its due date and neither done nor dropped.</summary>
    public bool IsOverdue(DateOnly today) => DueOn < today && Status is ActionStatus.NotStarted or ActionStatus.InProgress;
}
