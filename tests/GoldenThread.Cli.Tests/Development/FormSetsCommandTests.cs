using System.Text.Json.Nodes;

namespace GoldenThread.Cli.Development;

public sealed class FormSetsCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Development", "Fixtures");
    private static readonly string Registrants = Path.Combine(Fixtures, "registrants.json");

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>Three systems and the sets worked out by hand (Fixtures/README.md): partial, optimal and infeasible.</summary>
    [Fact]
    public async Task FormSets_FixtureAsJson_PrintsTheHandWorkedSets()
    {
        var run = await CliRun.Of("form-sets", Registrants, "--format", "json");

        run.AssertPrintsJsonOf(Path.Combine(Fixtures, "registrants.golden.json"));
    }

    [Fact]
    public async Task FormSets_AsJson_PutsTheContractsFieldsFirst()
    {
        var run = await CliRun.Of("form-sets", Registrants, "--min", "6", "--max", "8", "--format", "json");

        var output = JsonNode.Parse(run.Out)!.AsObject();
        Assert.Equal(["sets", "totalScore", "bound", "status"], output.Select(p => p.Key).Take(4));
        Assert.All(output["sets"]!.AsArray(), s => Assert.Equal(["systemCode", "members", "score"], s!.AsObject().Select(p => p.Key)));
    }

    [Fact]
    public async Task FormSets_AsTable_PrintsEachSystemItsSetsAndTheTotals()
    {
        var run = await CliRun.Of("form-sets", Registrants);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures, "registrants.golden.txt")).ReplaceLineEndings(), run.Out.ReplaceLineEndings());
    }

    [Fact]
    public async Task FormSets_OtherSizes_AreUsed()
    {
        // Sets of 3 to 4 hold all of QXX's 9 (three sets of 3); QZZ's 2 still make no set.
        var run = await CliRun.Of("form-sets", Registrants, "--min", "3", "--max", "4", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var output = JsonNode.Parse(run.Out)!;
        var qxx = output["systems"]![0]!;
        Assert.Equal((9, 0), (qxx["placed"]!.GetValue<int>(), qxx["unplaced"]!.AsArray().Count));
        Assert.All(output["sets"]!.AsArray(), s => Assert.InRange(s!["members"]!.AsArray().Count, 3, 4));
        Assert.Equal((3, 4), (output["minSize"]!.GetValue<int>(), output["maxSize"]!.GetValue<int>()));
    }

    [Fact]
    public async Task FormSets_NoRegistrants_IsEmptyAndOptimal()
    {
        var run = await CliRun.Of("form-sets", files.Write("""{"registrants": []}"""), "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var output = JsonNode.Parse(run.Out)!;
        Assert.Empty(output["sets"]!.AsArray());
        Assert.Equal(("optimal", 0, 0), (output["status"]!.GetValue<string>(), output["totalScore"]!.GetValue<int>(), output["bound"]!.GetValue<int>()));
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["{registrants}", "--min", "1"], "--min: 1 is below 2; a learning set needs at least 2 people" },
        { ["{registrants}", "--min", "6", "--max", "5"], "--max: 5 is below --min (6)" },
        { ["{registrants}", "--max", "4"], "--max: 4 is below --min (6)" },
        { ["{registrants}", "--time-limit", "0"], "--time-limit: 0 is not between 0 and 3600 seconds" },
        { ["{registrants}", "--time-limit", "-2"], "--time-limit: -2 is not between 0 and 3600 seconds" },
        { ["{registrants}", "--time-limit", "NaN"], "--time-limit: NaN is not between 0 and 3600 seconds" },
        { ["{registrants}", "--min", "six"], "Cannot parse argument 'six' for option '--min'" },
        { ["{registrants}", "--format", "xml"], "--format: Argument 'xml' not recognized." },
        { ["/nonexistent/registrants.json"], "REGISTRANTS: registrants.json does not exist" },
        { [], "Required argument missing for command: 'form-sets'." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task FormSets_BadArgument_ExitsTwoWithOneLineNamingIt(string[] args, string start)
    {
        var run = await CliRun.Of(["form-sets", .. args.Select(a => a.Replace("{registrants}", Registrants))]);

        run.AssertBadInput(start);
    }

    [Theory]
    [InlineData("""{"registrants": [{"id": "r1"}]}""", "registrants[0].systemCode: is required (and 4 more problems)")]
    [InlineData("""{"registrants": [}""", "$: is not valid JSON at line 1")]
    [InlineData("""{"people": []}""", "people: is not a field of the registrants file (registrants) (and 1 more problems)")]
    [InlineData("""{"registrants": [{"id": "r1", "systemCode": "QXX", "organisationId": "o1", "sector": "nhs-acute", "profession": "medicine", "seniority": "junior"}]}""",
        "registrants[0].seniority: “junior” is not a seniority code (early-career, executive, middle, senior)")]
    public async Task FormSets_BadFile_ExitsTwoNamingTheFileAndJsonPath(string json, string problem)
    {
        var file = files.Write(json);

        var run = await CliRun.Of("form-sets", file, "--format", "json");

        run.AssertBadInput($"{Path.GetFileName(file)}: {problem}");
    }
}
