using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GoldenThread.Interchange;
using GoldenThread.Network;

namespace GoldenThread.Programmes;

/// <summary>
/// Reads <c>APPLICATIONS.json</c> (reference/eligibility-criteria.md): an array of applications, each in the shape the
/// API also takes one at a time. The JSON is walked here so that every problem names its JSON path
/// (<c>[3].members[2].sector</c>): malformed JSON (with line and position), fields that are unknown or given twice,
/// values of the wrong kind, ids used twice; then <see cref="ApplicationRules"/> for what the round and the
/// vocabularies refuse (a system not in the round, an unknown sector or seniority, text too long). Only <c>id</c>,
/// <c>systemCode</c> and <c>submittedAt</c> are required: what a team leaves out is blank, and blank is for the
/// eligibility criteria to judge ("not stated"), not bad input. A null field is the same as one left out.
/// </summary>
public static partial class ApplicationsFile
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "id", "systemCode", "submittedAt", "teamName", "wickedIssue", "citizenGains", "ediStatement", "communityInvolvement",
        "systemLeadershipGains", "measures", "sponsors", "members", "employerTimeCommitment",
    ];

    public static readonly IReadOnlyList<string> WickedIssueFields = ["title", "description", "priorityArea"];
    public static readonly IReadOnlyList<string> MeasureFields = ["name", "baseline", "target", "unit"];
    public static readonly IReadOnlyList<string> SponsorFields = ["name", "role", "organisation", "sector", "senior"];
    public static readonly IReadOnlyList<string> MemberFields =
        ["name", "organisation", "sector", "seniority", "function", "committedBeyondProgramme", "willShareLearning"];
    public static readonly IReadOnlyList<string> TimeFields = ["confirmed", "daysPerMonth"];

    /// <summary>The applications in the file's order, or what is wrong (the list is null whenever there are problems).</summary>
    public sealed record Reading(IReadOnlyList<Application>? Applications, IReadOnlyList<ProgrammeProblem> Problems);

    /// <summary>One application, or what is wrong with it, keyed by paths within it (<c>members[2].sector</c>; <c>$</c> for the whole).</summary>
    /// <param name="SystemCode">The element's <c>systemCode</c> when it is text, whatever else is wrong: who may send it depends on it.</param>
    public sealed record ElementReading(Application? Application, IReadOnlyList<ProgrammeProblem> Problems, string? SystemCode = null);

    public static Reading Read(string json, ProgrammeSettings settings, Vocabularies? vocabularies = null) =>
        JsonFields.Parse(json, root => List(root, settings, vocabularies ?? Vocabularies.Default),
            malformed => new Reading(null, [new ProgrammeProblem("$", malformed)]));

    private static Reading List(JsonElement root, ProgrammeSettings settings, Vocabularies vocabularies)
    {
        if (root.ValueKind != JsonValueKind.Array)
            return new Reading(null, [new ProgrammeProblem("$", $"must be a list of applications (a JSON array), found {JsonFields.Quoted(root)}")]);
        var problems = new List<ProgrammeProblem>();
        var applications = new List<Application>(root.GetArrayLength());
        var firstWithId = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var element in root.EnumerateArray())
        {
            var reading = Element(element, $"[{i}]", settings, vocabularies, submittedAtWhenLeftOut: null);
            problems.AddRange(reading.Problems);
            if (reading.Application is { } application)
            {
                applications.Add(application);
                if (!firstWithId.TryAdd(application.Id, i))
                    problems.Add(new($"[{i}].id", $"“{application.Id}” is also the id of [{firstWithId[application.Id]}]; each application needs its own"));
            }
            i++;
        }
        return problems.Count > 0 ? new Reading(null, problems) : new Reading(applications, []);
    }

    /// <summary>
    /// One application element, as the API receives it: the same reading and checks as an element of the file, its
    /// problems keyed within it. With <paramref name="submittedAtWhenLeftOut"/>, <c>submittedAt</c> may be left out.
    /// </summary>
    public static ElementReading ReadOne(JsonElement element, ProgrammeSettings settings, DateTimeOffset? submittedAtWhenLeftOut = null,
        Vocabularies? vocabularies = null)
    {
        var reading = Element(element, "", settings, vocabularies ?? Vocabularies.Default, submittedAtWhenLeftOut);
        var code = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("systemCode", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;
        return reading with { SystemCode = code };
    }

    /// <summary>One application element as JSON text (an API request's body): malformed JSON is a problem of the whole, <c>$</c>.</summary>
    public static ElementReading ReadOne(string json, ProgrammeSettings settings, DateTimeOffset? submittedAtWhenLeftOut = null,
        Vocabularies? vocabularies = null) =>
        JsonFields.Parse(json, root => ReadOne(root, settings, submittedAtWhenLeftOut, vocabularies),
            malformed => new ElementReading(null, [new ProgrammeProblem("$", malformed)]));

    private static ElementReading Element(JsonElement element, string path, ProgrammeSettings settings, Vocabularies vocabularies,
        DateTimeOffset? submittedAtWhenLeftOut)
    {
        var problems = new List<ProgrammeProblem>();
        void Problem(string where, string message) => problems.Add(new(where, message));
        if (JsonFields.Of(element, path, "an application", Fields, Problem) is not { } fields) return new ElementReading(null, problems);

        var id = fields.Text("id", required: true);
        var systemCode = fields.Text("systemCode", required: true);
        var submittedAt = submittedAtWhenLeftOut is { } fallback && fields.Optional("submittedAt") is null
            ? fallback : SubmittedAt(fields, Problem);
        var content = new ApplicationContent
        {
            TeamName = fields.Text("teamName") ?? "",
            WickedIssue = fields.Optional("wickedIssue") is { } issue ? WickedIssue(issue, fields.PathOf("wickedIssue"), Problem) ?? new() : new(),
            CitizenGains = fields.Text("citizenGains") ?? "",
            EdiStatement = fields.Text("ediStatement") ?? "",
            CommunityInvolvement = fields.Text("communityInvolvement") ?? "",
            SystemLeadershipGains = fields.Text("systemLeadershipGains") ?? "",
            Measures = fields.List("measures", (e, p) => Measure(e, p, Problem)) ?? [],
            Sponsors = fields.List("sponsors", (e, p) => Sponsor(e, p, Problem)) ?? [],
            Members = fields.List("members", (e, p) => Member(e, p, Problem)) ?? [],
            EmployerTimeCommitment = fields.Optional("employerTimeCommitment") is { } time
                ? Time(time, fields.PathOf("employerTimeCommitment"), Problem) ?? new() : new(),
        };
        if (problems.Count > 0 || id is null || systemCode is null || submittedAt is null) return new ElementReading(null, problems);

        var application = new Application(id, systemCode, submittedAt.Value, content);
        var refused = ApplicationRules.Problems(application, settings, vocabularies);
        return refused.Count > 0
            ? new ElementReading(null, [.. refused.Select(p => p with { Field = JsonFields.Field(path, p.Field) })])
            : new ElementReading(application, []);
    }

    /// <summary>
    /// Writes <paramref name="applications"/> as <c>APPLICATIONS.json</c>, every field in the reference's order, so that
    /// <see cref="Read"/> reads them back. A member picked from a register is written without its person's id, which
    /// means nothing outside this deployment.
    /// </summary>
    public static string Write(IEnumerable<Application> applications) => JsonSerializer.Serialize(applications.Select(a => new
    {
        id = a.Id,
        systemCode = a.SystemCode,
        submittedAt = a.SubmittedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        teamName = a.Content.TeamName,
        wickedIssue = a.Content.WickedIssue,
        citizenGains = a.Content.CitizenGains,
        ediStatement = a.Content.EdiStatement,
        communityInvolvement = a.Content.CommunityInvolvement,
        systemLeadershipGains = a.Content.SystemLeadershipGains,
        measures = a.Content.Measures,
        sponsors = a.Content.Sponsors,
        members = a.Content.Members.Select(m => new
        {
            name = m.Name, organisation = m.Organisation, sector = m.Sector, seniority = m.Seniority, function = m.Function,
            committedBeyondProgramme = m.CommittedBeyondProgramme, willShareLearning = m.WillShareLearning,
        }),
        employerTimeCommitment = a.Content.EmployerTimeCommitment,
    }), JsonFields.Written);

    /// <summary>An ISO 8601 date and time with its offset (<c>2026-10-01T09:00:00Z</c>): without one the moment is not known.</summary>
    private static DateTimeOffset? SubmittedAt(JsonFields fields, Action<string, string> problem)
    {
        if (fields.Text("submittedAt", required: true) is not { } text) return null;
        if (Moment().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)) return at;
        problem(fields.PathOf("submittedAt"), $"“{text}” is not a date and time with its offset, such as 2026-10-01T09:00:00Z");
        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Moment();

    private static WickedIssue? WickedIssue(JsonElement element, string path, Action<string, string> problem) =>
        JsonFields.Of(element, path, "the wicked issue", WickedIssueFields, problem) is not { } fields ? null : new WickedIssue
        {
            Title = fields.Text("title") ?? "",
            Description = fields.Text("description") ?? "",
            PriorityArea = fields.Text("priorityArea") ?? "",
        };

    private static ProposedMeasure? Measure(JsonElement element, string path, Action<string, string> problem) =>
        JsonFields.Of(element, path, "a measure", MeasureFields, problem) is not { } fields ? null : new ProposedMeasure
        {
            Name = fields.Text("name") ?? "",
            Baseline = fields.Number("baseline"),
            Target = fields.Number("target"),
            Unit = fields.Text("unit") ?? "",
        };

    private static Sponsor? Sponsor(JsonElement element, string path, Action<string, string> problem) =>
        JsonFields.Of(element, path, "a sponsor", SponsorFields, problem) is not { } fields ? null : new Sponsor
        {
            Name = fields.Text("name") ?? "",
            Role = fields.Text("role") ?? "",
            Organisation = fields.Text("organisation") ?? "",
            Sector = fields.Text("sector") ?? "",
            Senior = fields.Flag("senior"),
        };

    private static TeamMember? Member(JsonElement element, string path, Action<string, string> problem) =>
        JsonFields.Of(element, path, "a member", MemberFields, problem) is not { } fields ? null : new TeamMember
        {
            Name = fields.Text("name") ?? "",
            Organisation = fields.Text("organisation") ?? "",
            Sector = fields.Text("sector") ?? "",
            Seniority = fields.Text("seniority") ?? "",
            Function = fields.Text("function") ?? "",
            CommittedBeyondProgramme = fields.Flag("committedBeyondProgramme"),
            WillShareLearning = fields.Flag("willShareLearning"),
        };

    private static TimeCommitment? Time(JsonElement element, string path, Action<string, string> problem) =>
        JsonFields.Of(element, path, "the employers' time commitment", TimeFields, problem) is not { } fields ? null : new TimeCommitment
        {
            Confirmed = fields.Flag("confirmed"),
            DaysPerMonth = fields.Decimal("daysPerMonth"),
        };
}
