using System.Text.Json;
using GoldenThread.Interchange;

namespace GoldenThread.Programmes;

/// <summary>
/// Reads <c>PROGRAMME.json</c>, a round's settings (reference/eligibility-criteria.md): <c>{"id", "minTeamSize",
/// "maxTeamsPerSystem", "peoplePerSystem", "minDaysPerMonth", "systems":[{"code", "priorityAreas":[…]}]}</c>, walking
/// the JSON so that every problem names its JSON path, then asks <see cref="ProgrammeSettings.Problems"/> whether a
/// round may use them. <c>id</c> and <c>systems</c> are required; a number left out (or null) takes the programme's
/// default: 6 members, 5 teams and about 40 people per system, 1 day a month.
/// </summary>
public static class ProgrammeFile
{
    public static readonly IReadOnlyList<string> Fields = ["id", "minTeamSize", "maxTeamsPerSystem", "peoplePerSystem", "minDaysPerMonth", "systems"];
    public static readonly IReadOnlyList<string> SystemFields = ["code", "priorityAreas"];

    /// <summary>The settings, or what is wrong with the file (the settings are null whenever there are problems).</summary>
    public sealed record Reading(ProgrammeSettings? Settings, IReadOnlyList<ProgrammeProblem> Problems);

    public static Reading Read(string json) =>
        JsonFields.Parse(json, Settings, malformed => new Reading(null, [new ProgrammeProblem("$", malformed)]));

    private static Reading Settings(JsonElement root)
    {
        var problems = new List<ProgrammeProblem>();
        void Problem(string where, string message) => problems.Add(new(where, message));
        if (JsonFields.Of(root, "", "the programme file", Fields, Problem) is not { } fields) return new Reading(null, problems);
        var id = fields.Text("id", required: true);
        var minTeamSize = fields.WholeNumber("minTeamSize");
        var maxTeams = fields.WholeNumber("maxTeamsPerSystem");
        var people = fields.WholeNumber("peoplePerSystem");
        var days = fields.Decimal("minDaysPerMonth");
        var systems = fields.List("systems", (e, p) => System(e, p, Problem), required: true);
        if (problems.Count > 0 || id is null || systems is null) return new Reading(null, problems);

        var settings = new ProgrammeSettings
        {
            Id = id,
            MinTeamSize = minTeamSize ?? ProgrammeSettings.DefaultMinTeamSize,
            MaxTeamsPerSystem = maxTeams ?? ProgrammeSettings.DefaultMaxTeamsPerSystem,
            PeoplePerSystem = people ?? ProgrammeSettings.DefaultPeoplePerSystem,
            MinDaysPerMonth = days ?? ProgrammeSettings.DefaultMinDaysPerMonth,
            Systems = systems,
        };
        var refused = settings.Problems();
        return refused.Count > 0 ? new Reading(null, refused) : new Reading(settings, []);
    }

    /// <summary>Writes <paramref name="settings"/> as <c>PROGRAMME.json</c>, so that <see cref="Read"/> reads them back.</summary>
    public static string Write(ProgrammeSettings settings) => JsonSerializer.Serialize(new
    {
        id = settings.Id, minTeamSize = settings.MinTeamSize, maxTeamsPerSystem = settings.MaxTeamsPerSystem,
        peoplePerSystem = settings.PeoplePerSystem, minDaysPerMonth = settings.MinDaysPerMonth,
        systems = settings.Systems.Select(s => new { code = s.Code, priorityAreas = s.PriorityAreas }),
    }, JsonFields.Written);

    private static SystemPriorities? System(JsonElement element, string path, Action<string, string> problem)
    {
        if (JsonFields.Of(element, path, "a system", SystemFields, problem) is not { } fields) return null;
        var code = fields.Text("code", required: true);
        var areas = fields.List("priorityAreas", (e, p) => Area(e, p, problem), required: true);
        return code is null || areas is null ? null : new SystemPriorities(code, areas);
    }

    private static string? Area(JsonElement element, string path, Action<string, string> problem)
    {
        if (element.ValueKind == JsonValueKind.String) return element.GetString();
        problem(path, $"must be text (a JSON string), found {JsonFields.Quoted(element)}");
        return null;
    }
}
