using GoldenThread.Audit;
using GoldenThread.Network;

namespace GoldenThread.Programmes;

public enum RoundState
{
    /// <summary>Taking applications between its dates.</summary>
    Open,
    /// <summary>No more applications; review and selection go on.</summary>
    Closed,
}

/// <summary>
/// One round of the national learning-set programme, run by the programme operator across the systems it names: the
/// settings of reference/eligibility-criteria.md (copied in, so a round's rules change only by an audited edit), the
/// systems that may apply with the priority areas taken from each system's record, and the review rubric it opened with.
/// Not scoped to a system: its applications are.
/// </summary>
public class ProgrammeRound : IVersioned, IExplainedChange
{
    public const int NameLength = 200;
    public const int CodeLength = 64;
    public const int DescriptionLength = 4_000;
    public const int DefaultReviewersPerApplication = 2;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Version { get; set; } = 1;
    /// <summary>The round's id in PROGRAMME.json ("2026-autumn"); unique.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public RoundState State { get; set; } = RoundState.Open;

    public int MinTeamSize { get; set; } = ProgrammeSettings.DefaultMinTeamSize;
    public int MaxTeamsPerSystem { get; set; } = ProgrammeSettings.DefaultMaxTeamsPerSystem;
    public int PeoplePerSystem { get; set; } = ProgrammeSettings.DefaultPeoplePerSystem;
    public decimal MinDaysPerMonth { get; set; } = ProgrammeSettings.DefaultMinDaysPerMonth;
    public int ReviewersPerApplication { get; set; } = DefaultReviewersPerApplication;
    /// <summary>The systems that may apply (by ODS code) with their priority areas.</summary>
    public List<RoundSystem> Systems { get; set; } = [];
    public List<RubricCriterion> Rubric { get; set; } = [];

    /// <summary>When applicants could first see their outcome and feedback.</summary>
    public DateTimeOffset? OutcomesPublishedAt { get; set; }
    /// <summary>When the anonymised summary of the round became public.</summary>
    public DateTimeOffset? SummaryPublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Why the round's rules are being changed and what that does to eligibility, for the audit trail; not stored.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public List<AuditChange> Explanation { get; } = [];
    IReadOnlyList<AuditChange> IExplainedChange.Explanation => Explanation;

    public ProgrammeSettings Settings() => new()
    {
        Id = Code,
        MinTeamSize = MinTeamSize,
        MaxTeamsPerSystem = MaxTeamsPerSystem,
        PeoplePerSystem = PeoplePerSystem,
        MinDaysPerMonth = MinDaysPerMonth,
        Systems = [.. Systems.Select(s => new SystemPriorities(s.Code, s.PriorityAreas))],
    };

    /// <summary>Whether a team may submit on <paramref name="today"/> (England's date).</summary>
    public bool TakesApplications(DateOnly today) => State == RoundState.Open && today >= OpensOn && today <= ClosesOn;
}

/// <summary>A system taking part in a round, and the priority areas its teams' wicked issues must belong to.</summary>
public sealed record RoundSystem(string Code, List<string> PriorityAreas)
{
    public bool Equals(RoundSystem? other) =>
        other is not null && Code == other.Code && PriorityAreas.SequenceEqual(other.PriorityAreas);

    public override int GetHashCode() => HashCode.Combine(Code, PriorityAreas.Count);
}

