using System.CommandLine;
using System.Text.Json;
using GoldenThread.Interchange;
using GoldenThread.Programmes;

namespace GoldenThread.Cli.Programmes;

/// <summary>
/// <c>goldenthread eligibility PROGRAMME.json APPLICATIONS.json [--format json]</c>: every application of a round
/// against the 17 criteria of reference/eligibility-criteria.md (<see cref="Eligibility"/>), in the file's order.
/// Bad input (malformed JSON, an unknown field, system code, sector or seniority) exits 2 naming the file and JSON
/// path; it is never reported as a failed criterion.
/// </summary>
public static class EligibilityCommand
{
    private const string ProgrammeHelp =
        "The round's settings: {\"id\":\"2026-autumn\",\"minTeamSize\":6,\"maxTeamsPerSystem\":5,\"peoplePerSystem\":40,"
        + "\"minDaysPerMonth\":1,\"systems\":[{\"code\":\"QXX\",\"priorityAreas\":[\"mental health\",\"care homes\"]}]}. "
        + "id and systems are required; a number left out takes the default shown";

    private const string ApplicationsHelp =
        "An array of applications, each {\"id\",\"systemCode\",\"submittedAt\" (with its offset, 2026-10-01T09:00:00Z),\"teamName\","
        + "\"wickedIssue\":{\"title\",\"description\",\"priorityArea\"},\"citizenGains\",\"ediStatement\",\"communityInvolvement\","
        + "\"systemLeadershipGains\",\"measures\":[{\"name\",\"baseline\",\"target\",\"unit\"}],"
        + "\"sponsors\":[{\"name\",\"role\",\"organisation\",\"sector\",\"senior\"}],"
        + "\"members\":[{\"name\",\"organisation\",\"sector\",\"seniority\",\"function\",\"committedBeyondProgramme\",\"willShareLearning\"}],"
        + "\"employerTimeCommitment\":{\"confirmed\",\"daysPerMonth\"}}. Only id, systemCode and submittedAt are required: what is "
        + "left out is blank, for the criteria to judge";

    public static Command Create(CliContext cli)
    {
        var programme = new Argument<FileInfo>("PROGRAMME") { Description = ProgrammeHelp };
        var applications = new Argument<FileInfo>("APPLICATIONS") { Description = ApplicationsHelp };
        var format = OutputFormat.Option();
        var command = new Command("eligibility",
            "Check a round's applications against the eligibility criteria: each criterion pass, warn or fail with what was found; "
            + "eligible means no fail. A system's places go to its earliest complete applications (ties by id)")
        {
            programme, applications, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = await ReadProgrammeAsync(parse.GetValue(programme)!, programme.Name, cancellationToken);
            var read = await ReadApplicationsAsync(parse.GetValue(applications)!, applications.Name, settings, cancellationToken);
            var results = Eligibility.Evaluate(settings, read);
            if (parse.GetValue(format) == "json")
                await cli.Out.WriteLineAsync(JsonSerializer.Serialize(new EligibilityReport(results), NetworkDocument.JsonOptions));
            else
                await EligibilityTable.WriteAsync(cli.Out, read, results);
            return 0;
        });
        return command;
    }

    private static Task<ProgrammeSettings> ReadProgrammeAsync(FileInfo file, string argument, CancellationToken cancellationToken) =>
        InputFile.ReadAsync(file, argument, json => ProgrammeFile.Read(json) is var r ? (r.Settings, r.Problems) : default, cancellationToken);

    private static Task<IReadOnlyList<Application>> ReadApplicationsAsync(FileInfo file, string argument, ProgrammeSettings settings,
        CancellationToken cancellationToken) =>
        InputFile.ReadAsync(file, argument, json => ApplicationsFile.Read(json, settings) is var r ? (r.Applications, r.Problems) : default, cancellationToken);
}
