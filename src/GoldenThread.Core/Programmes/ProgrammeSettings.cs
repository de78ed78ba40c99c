namespace GoldenThread.Programmes;

/// <summary>
/// The numbers a programme round sets (reference/eligibility-criteria.md, <c>PROGRAMME.json</c>): team size, the
/// caps per system, the employer time asked for, and the systems that may apply with their priority areas.
/// </summary>
public sealed record ProgrammeSettings
{
    public const int DefaultMinTeamSize = 6;
    public const int DefaultMaxTeamsPerSystem = 5;
    public const int DefaultPeoplePerSystem = 40;
    public const decimal DefaultMinDaysPerMonth = 1;
    public const int LargestTeam = 100;
    public const int MostPeoplePerSystem = 10_000;

    public required string Id { get; init; }
    public int MinTeamSize { get; init; } = DefaultMinTeamSize;
    public int MaxTeamsPerSystem { get; init; } = DefaultMaxTeamsPerSystem;
    public int PeoplePerSystem { get; init; } = DefaultPeoplePerSystem;
    public decimal MinDaysPerMonth { get; init; } = DefaultMinDaysPerMonth;
    public IReadOnlyList<SystemPriorities> Systems { get; init; } = [];

    /// <summary>What is wrong with the settings, keyed by field; empty when a round may use them.</summary>
    public IReadOnlyList<ProgrammeProblem> Problems()
    {
        var problems = new List<ProgrammeProblem>();
        if (string.IsNullOrWhiteSpace(Id)) problems.Add(new("id", "Enter the programme's id"));
        if (MinTeamSize is < 2 or > LargestTeam)
            problems.Add(new("minTeamSize", $"Minimum team size must be between 2 and {LargestTeam}"));
        if (MaxTeamsPerSystem is < 1 or > 100)
            problems.Add(new("maxTeamsPerSystem", "Teams per system must be between 1 and 100"));
        if (PeoplePerSystem is < 1 or > MostPeoplePerSystem)
            problems.Add(new("peoplePerSystem", $"People per system must be between 1 and {MostPeoplePerSystem:N0}"));
        if (MinDaysPerMonth is < 0 or > 31)
            problems.Add(new("minDaysPerMonth", "Days a month must be between 0 and 31"));
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Systems.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Systems[i].Code)) problems.Add(new($"systems[{i}].code", "Enter the system's ODS code"));
            else if (!codes.Add(Systems[i].Code)) problems.Add(new($"systems[{i}].code", $"{Systems[i].Code} is listed twice"));
            if (Systems[i].PriorityAreas.Count == 0)
                problems.Add(new($"systems[{i}].priorityAreas", $"{Systems[i].Code} has no priority areas"));
            for (var a = 0; a < Systems[i].PriorityAreas.Count; a++)
                if (string.IsNullOrWhiteSpace(Systems[i].PriorityAreas[a]))
                    problems.Add(new($"systems[{i}].priorityAreas[{a}]", "A priority area cannot be blank"));
        }
        return problems;
    }

    /// <summary>The system with this code (case aside), or null when it may not apply.</summary>
    public SystemPriorities? System(string code) =>
        Systems.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A system that may apply in a round, and the priority areas a wicked issue must belong to.</summary>
public sealed record SystemPriorities(string Code, IReadOnlyList<string> PriorityAreas);

/// <summary>A problem with a round's settings or an application, keyed by field or JSON path.</summary>
public sealed record ProgrammeProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
