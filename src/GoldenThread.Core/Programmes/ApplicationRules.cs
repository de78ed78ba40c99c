using GoldenThread.Network;

namespace GoldenThread.Programmes;

/// <summary>
/// What makes an application bad input rather than ineligible (reference/eligibility-criteria.md): a system that is
/// not in the round, a sector or seniority the vocabularies do not know, and text or lists beyond what GoldenThread
/// stores. Problems are keyed by the application's JSON path (<c>members[2].sector</c>).
/// </summary>
public static class ApplicationRules
{
    public const int ShortTextLength = 200;
    public const int StatementLength = 4_000;
    public const int MostMembers = ProgrammeSettings.LargestTeam;
    public const int MostSponsors = 20;
    public const int MostMeasures = 20;
    public const int IdLength = 64;

    public static IReadOnlyList<ProgrammeProblem> Problems(Application application, ProgrammeSettings settings, Vocabularies? vocabularies = null)
    {
        vocabularies ??= Vocabularies.Default;
        var problems = new List<ProgrammeProblem>();
        if (string.IsNullOrWhiteSpace(application.Id)) problems.Add(new("id", "Enter an id"));
        else if (application.Id.Length > IdLength) problems.Add(new("id", $"An id must be {IdLength} characters or fewer"));
        if (settings.System(application.SystemCode) is null)
            problems.Add(new("systemCode", settings.Systems.Count == 0
                ? $"“{application.SystemCode}” is not one of the round's systems: the round has none"
                : $"“{application.SystemCode}” is not one of the round's systems ({string.Join(", ", settings.Systems.Select(s => s.Code))})"));
        problems.AddRange(ContentProblems(application.Content, vocabularies));
        return problems;
    }

    /// <summary>The content's problems on their own: what the application journey checks page by page.</summary>
    public static IReadOnlyList<ProgrammeProblem> ContentProblems(ApplicationContent content, Vocabularies vocabularies)
    {
        var problems = new List<ProgrammeProblem>();
        Short(problems, "teamName", content.TeamName);
        Short(problems, "wickedIssue.title", content.WickedIssue.Title);
        Long(problems, "wickedIssue.description", content.WickedIssue.Description);
        Short(problems, "wickedIssue.priorityArea", content.WickedIssue.PriorityArea);
        Long(problems, "citizenGains", content.CitizenGains);
        Long(problems, "ediStatement", content.EdiStatement);
        Long(problems, "communityInvolvement", content.CommunityInvolvement);
        Long(problems, "systemLeadershipGains", content.SystemLeadershipGains);

        Most(problems, "measures", content.Measures.Count, MostMeasures, "measures");
        for (var i = 0; i < content.Measures.Count; i++)
        {
            var m = content.Measures[i];
            Short(problems, $"measures[{i}].name", m.Name);
            Short(problems, $"measures[{i}].unit", m.Unit);
            Finite(problems, $"measures[{i}].baseline", m.Baseline);
            Finite(problems, $"measures[{i}].target", m.Target);
        }
        Most(problems, "sponsors", content.Sponsors.Count, MostSponsors, "sponsors");
        for (var i = 0; i < content.Sponsors.Count; i++)
        {
            var s = content.Sponsors[i];
            Short(problems, $"sponsors[{i}].name", s.Name);
            Short(problems, $"sponsors[{i}].role", s.Role);
            Short(problems, $"sponsors[{i}].organisation", s.Organisation);
            Sector(problems, $"sponsors[{i}].sector", s.Sector, vocabularies);
        }
        Most(problems, "members", content.Members.Count, MostMembers, "members");
        for (var i = 0; i < content.Members.Count; i++)
        {
            var m = content.Members[i];
            Short(problems, $"members[{i}].name", m.Name);
            Short(problems, $"members[{i}].organisation", m.Organisation);
            Short(problems, $"members[{i}].function", m.Function);
            Sector(problems, $"members[{i}].sector", m.Sector, vocabularies);
            if (!vocabularies.Seniority.Contains(m.Seniority))
                problems.Add(new($"members[{i}].seniority", Unknown(m.Seniority, "seniority", vocabularies.Seniority)));
        }
        if (content.EmployerTimeCommitment.DaysPerMonth is < 0 or > 31)
            problems.Add(new("employerTimeCommitment.daysPerMonth", "Days a month must be between 0 and 31"));
        return problems;
    }

    private static void Sector(List<ProgrammeProblem> problems, string field, string sector, Vocabularies vocabularies)
    {
        if (vocabularies.Sectors.All(s => s.Code != sector))
            problems.Add(new(field, Unknown(sector, "sector", vocabularies.Sectors.Select(s => s.Code))));
    }

    private static string Unknown(string value, string what, IEnumerable<string> codes) =>
        string.IsNullOrWhiteSpace(value)
            ? $"No {what} given; one of {string.Join(", ", codes)}"
            : $"“{value}” is not a {what} ({string.Join(", ", codes)})";

    private static void Short(List<ProgrammeProblem> problems, string field, string text)
    {
        if (text.Length > ShortTextLength) problems.Add(new(field, $"Must be {ShortTextLength} characters or fewer"));
    }

    private static void Long(List<ProgrammeProblem> problems, string field, string text)
    {
        if (text.Length > StatementLength) problems.Add(new(field, $"Must be {StatementLength:N0} characters or fewer"));
    }

    private static void Most(List<ProgrammeProblem> problems, string field, int count, int most, string what)
    {
        if (count > most) problems.Add(new(field, $"At most {most} {what}; {count} given"));
    }

    private static void Finite(List<ProgrammeProblem> problems, string field, double? value)
    {
        if (value is { } v && (!double.IsFinite(v) || Math.Abs(v) > 1e12))
            problems.Add(new(field, "Must be a number between -1,000,000,000,000 and 1,000,000,000,000"));
    }
}
