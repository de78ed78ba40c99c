using System.Text.Json.Nodes;

namespace GoldenThread.Cli.Programmes;

public sealed class EligibilityCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Programmes", "Fixtures");
    private static readonly string Programme = Path.Combine(Fixtures, "programme.json");
    private static readonly string Applications = Path.Combine(Fixtures, "applications.json");

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>Five applications and the results worked out by hand (Fixtures/README.md): the tie, the caps, each failure.</summary>
    [Fact]
    public async Task Eligibility_FixtureAsJson_PrintsTheHandWorkedResultsInTheFilesOrder()
    {
        var run = await CliRun.Of("eligibility", Programme, Applications, "--format", "json");

        run.AssertPrintsJsonOf(Path.Combine(Fixtures, "applications.golden.json"));
    }

    [Fact]
    public async Task Eligibility_AsJson_HasExactlyTheContractsFieldsInItsOrder()
    {
        var run = await CliRun.Of("eligibility", Programme, Applications, "--format", "json");

        var output = JsonNode.Parse(run.Out)!.AsObject();
        Assert.Equal(["results"], output.Select(p => p.Key));
        Assert.All(output["results"]!.AsArray(), r =>
        {
            Assert.Equal(["applicationId", "eligible", "criteria"], r!.AsObject().Select(p => p.Key));
            Assert.All(r["criteria"]!.AsArray(), c => Assert.Equal(["id", "status", "message"], c!.AsObject().Select(p => p.Key)));
        });
    }

    [Fact]
    public async Task Eligibility_AsTable_PrintsEachApplicationsVerdictThenItsCriteriaThenTheCount()
    {
        var run = await CliRun.Of("eligibility", Programme, Applications);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures, "applications.golden.txt")).ReplaceLineEndings(), run.Out.ReplaceLineEndings());
    }

    [Fact]
    public async Task Eligibility_NoApplications_PrintsAnEmptyList()
    {
        var run = await CliRun.Of("eligibility", Programme, files.Write("[]"), "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"results": []}"""), JsonNode.Parse(run.Out)));
    }

    private const string Bare = """{"id": "a1", "systemCode": "QXX", "submittedAt": "2026-10-01T09:00:00Z"}""";

    /// <summary>Bad applications files, and the line on stderr after the file's name.</summary>
    public static TheoryData<string, string> BadApplications => new()
    {
        { "[{\"id\": \"a1\",\n \"systemCode\": }]", "$: is not valid JSON at line 2, position 16: " },
        { "{}", "$: must be a list of applications (a JSON array), found {}" },
        { """[{"id": "a1", "systemCode": "QZZ", "submittedAt": "2026-10-01T09:00:00Z"}]""", "[0].systemCode: “QZZ” is not one of the round's systems (QXX, QYY)" },
        { $$"""[{{Bare}}, {"id": "a2", "systemCode": "QXX", "submittedAt": "2026-10-01T09:00:00Z", "members": [{"sector": "nhs-acute", "seniority": "middle"}, {"sector": "nhs", "seniority": "middle"}]}]""",
            "[1].members[1].sector: “nhs” is not a sector (nhs-acute, " },
        { $$"""[{"id": "a2", "systemCode": "QXX", "submittedAt": "2026-10-01T09:00:00Z", "members": [{"sector": "housing", "seniority": "boss"}]}]""",
            "[0].members[0].seniority: “boss” is not a seniority (early-career, middle, senior, executive)" },
        { $"[{Bare}, {Bare}]", "[1].id: “a1” is also the id of [0]; each application needs its own" },
        { """[{"id": "a1", "systemCode": "QXX", "submittedAt": "2026-10-01T09:00:00Z", "members": [{"sector": "housing", "committed": true}]}]""",
            "[0].members[0].committed: is not a field of a member (name, organisation, sector, seniority, function, committedBeyondProgramme, willShareLearning)" },
        { """[{"id": "a1", "systemCode": "QXX", "submittedAt": "1 October"}]""", "[0].submittedAt: “1 October” is not a date and time with its offset" },
    };

    [Theory]
    [MemberData(nameof(BadApplications))]
    public async Task Eligibility_BadApplicationsFile_ExitsTwoWithOneLineNamingTheJsonPath(string json, string problem)
    {
        var file = files.Write(json);

        var run = await CliRun.Of("eligibility", Programme, file, "--format", "json");

        run.AssertBadInput($"{Path.GetFileName(file)}: {problem}");
    }

    public static TheoryData<string, string> BadProgrammes => new()
    {
        { "{\"id\": ", "$: is not valid JSON at line 1, position 8: " },
        { """{"id": "r1", "systems": [{"code": "QXX", "priorityAreas": ["frailty"]}], "minTeamSize": 0}""", "minTeamSize: Minimum team size must be between 2 and 100" },
        { """{"id": "r1"}""", "systems: is required" },
        { """{"id": "r1", "systems": [{"code": "QXX", "priorityAreas": "frailty"}]}""", "systems[0].priorityAreas: must be a list (a JSON array), found \"frailty\"" },
    };

    [Theory]
    [MemberData(nameof(BadProgrammes))]
    public async Task Eligibility_BadProgrammeFile_ExitsTwoNamingIt(string json, string problem)
    {
        var file = files.Write(json);

        var run = await CliRun.Of("eligibility", file, Applications);

        run.AssertBadInput($"{Path.GetFileName(file)}: {problem}");
    }

    [Fact]
    public async Task Eligibility_SeveralProblems_NamesTheFirstAndCountsTheRest()
    {
        var file = files.Write("""[{"id": "a1"}, {"id": 2, "systemCode": "QXX", "submittedAt": "2026-10-01T09:00:00Z"}]""");

        var run = await CliRun.Of("eligibility", Programme, file);

        run.AssertBadInput($"{Path.GetFileName(file)}: [0].systemCode: is required (and 2 more problems)");
    }

    [Fact]
    public async Task Eligibility_ValueWithALineBreak_StaysOneLine()
    {
        var file = files.Write("""[{"id": "a1", "systemCode": "Q\nZZ", "submittedAt": "2026-10-01T09:00:00Z"}]""");

        var run = await CliRun.Of("eligibility", Programme, file);

        run.AssertBadInput($"{Path.GetFileName(file)}: [0].systemCode: “Q ZZ” is not one of the round's systems");
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["/nonexistent/programme.json", "{applications}"], "PROGRAMME: programme.json does not exist" },
        { ["{programme}", "/nonexistent/applications.json"], "APPLICATIONS: applications.json does not exist" },
        { ["{programme}", "{applications}", "--format", "csv"], "--format: Argument 'csv' not recognized." },
        { ["{programme}"], "Required argument missing for command: 'eligibility'." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Eligibility_BadArgument_ExitsTwoWithOneLineNamingIt(string[] args, string start)
    {
        var run = await CliRun.Of(["eligibility", .. args.Select(a => a.Replace("{programme}", Programme).Replace("{applications}", Applications))]);

        run.AssertBadInput(start);
    }

    [Fact]
    public async Task Eligibility_Help_DescribesBothFiles()
    {
        var run = await CliRun.Of("eligibility", "--help");

        Assert.Equal(0, run.ExitCode);
        var help = string.Join(' ', run.Out.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Only id, systemCode and submittedAt are required", help, StringComparison.Ordinal);
        Assert.Contains("id and systems are required", help, StringComparison.Ordinal);
    }
}
