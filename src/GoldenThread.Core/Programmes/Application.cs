namespace GoldenThread.Programmes;

/// <summary>
/// One team's application to a programme round, as the eligibility engine reads it: one element of
/// <c>APPLICATIONS.json</c> (reference/eligibility-criteria.md). <see cref="Id"/> breaks ties between applications
/// submitted at the same moment.
/// </summary>
public sealed record Application(string Id, string SystemCode, DateTimeOffset SubmittedAt, ApplicationContent Content);

/// <summary>What a team says about itself: everything of an application but who sent it, where from and when.</summary>
public sealed record ApplicationContent
{
    public string TeamName { get; init; } = "";
    public WickedIssue WickedIssue { get; init; } = new();
    public string CitizenGains { get; init; } = "";
    public string EdiStatement { get; init; } = "";
    public string CommunityInvolvement { get; init; } = "";
    public string SystemLeadershipGains { get; init; } = "";
    public IReadOnlyList<ProposedMeasure> Measures { get; init; } = [];
    public IReadOnlyList<Sponsor> Sponsors { get; init; } = [];
    public IReadOnlyList<TeamMember> Members { get; init; } = [];
    public TimeCommitment EmployerTimeCommitment { get; init; } = new();
}

/// <summary>The complex problem the team will tackle, tied to one of its system's priority areas.</summary>
public sealed record WickedIssue
{
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string PriorityArea { get; init; } = "";
}

/// <summary>An outcome the team means to move, from its baseline towards its target.</summary>
public sealed record ProposedMeasure
{
    public string Name { get; init; } = "";
    public double? Baseline { get; init; }
    public double? Target { get; init; }
    public string Unit { get; init; } = "";
}

/// <summary>A senior person who backs the team from their organisation.</summary>
public sealed record Sponsor
{
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public string Organisation { get; init; } = "";
    /// <summary>A sector code of the vocabularies.</summary>
    public string Sector { get; init; } = "";
    public bool Senior { get; init; }
}

/// <summary>A member of the team; <see cref="PersonId"/> when picked from the system's register.</summary>
public sealed record TeamMember
{
    public Guid? PersonId { get; init; }
    public string Name { get; init; } = "";
    public string Organisation { get; init; } = "";
    /// <summary>A sector code of the vocabularies.</summary>
    public string Sector { get; init; } = "";
    /// <summary>A seniority code of the vocabularies.</summary>
    public string Seniority { get; init; } = "";
    /// <summary>What the member does (clinical, care, managerial…); compared without case or surrounding spaces.</summary>
    public string Function { get; init; } = "";
    public bool CommittedBeyondProgramme { get; init; }
    public bool WillShareLearning { get; init; }
}

/// <summary>What the members' employers release them for.</summary>
public sealed record TimeCommitment
{
    public bool Confirmed { get; init; }
    public decimal? DaysPerMonth { get; init; }
}
