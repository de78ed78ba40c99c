using System.Text.Json.Nodes;

namespace GoldenThread.Cli.Measures;

public sealed class SpcCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Measures", "Fixtures");

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    private string WriteFile(string json) => files.Write(json);

    /// <summary>The series files of Fixtures/ and the output worked out by hand for each (Fixtures/README.md).</summary>
    [Theory]
    [InlineData("rebase-screening-run")]
    [InlineData("neutral")]
    [InlineData("target-consistent_pass")]
    [InlineData("target-consistent_fail")]
    [InlineData("target-inconsistent")]
    public async Task Spc_FixtureAsJson_PrintsTheHandWorkedChart(string fixture)
    {
        var run = await CliRun.Of("spc", Path.Combine(Fixtures, $"{fixture}.json"), "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        AssertSameJson(JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, $"{fixture}.golden.json"))), JsonNode.Parse(run.Out), "$");
    }

    [Fact]
    public async Task Spc_AsTable_PrintsAPointALineThenSegmentsVariationAssuranceAndTheTrialLimitsWarning()
    {
        var run = await CliRun.Of("spc", Path.Combine(Fixtures, "rebase-screening-run.json"));

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures, "rebase-screening-run.golden.txt")).ReplaceLineEndings(), run.Out.ReplaceLineEndings());
    }

    [Theory]
    [InlineData("target-consistent_pass", "Assurance: consistent pass: every value within the limits (41.36 to 62.64) meets the target 65.")]
    [InlineData("target-consistent_fail", "Assurance: consistent fail: no value within the limits (41.36 to 62.64) meets the target 40.")]
    [InlineData("target-inconsistent", "Assurance: inconsistent: the target 50 lies within the limits (41.36 to 62.64), so it will be met some of the time and missed some of the time.")]
    [InlineData("neutral", "Assurance: none: a neutral measure has no assurance against its target.")]
    public async Task Spc_AsTable_SaysTheAssuranceInWords(string fixture, string assurance)
    {
        var run = await CliRun.Of("spc", Path.Combine(Fixtures, $"{fixture}.json"));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(assurance, lines[^1]);
        Assert.DoesNotContain(lines, l => l.StartsWith("Warning:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Spc_AsTableWithoutScreening_SaysTheRangesWereNotScreened()
    {
        var run = await CliRun.Of("spc", Path.Combine(Fixtures, "neutral.json"));

        Assert.Contains("Segment from 2021-01-01, 15 points: mean 11, mean moving range 2.64 (not screened), limits 3.97 to 18.03.",
            run.Out.ReplaceLineEndings("\n").Split('\n'));
    }

    [Fact]
    public async Task Spc_AsJson_KeepsTheContractFieldsFirstAndItsNumbersUnrounded()
    {
        var run = await CliRun.Of("spc", Path.Combine(Fixtures, "rebase-screening-run.json"), "--format", "json");

        var output = JsonNode.Parse(run.Out)!.AsObject();
        Assert.Equal(["points", "variation", "assurance"], output.Select(p => p.Key).Take(3));
        Assert.All(output["points"]!.AsArray(), p => Assert.Equal(["date", "value", "mean", "lpl", "upl", "pointType"], p!.AsObject().Select(f => f.Key).Take(6)));
        // 22.2 − 2.66 × 15 / 9: the table shows 17.77, the JSON every digit of the double.
        Assert.Contains("\"lpl\": 17.76666666666", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spc_OnlyDatesAndValues_DefaultsToIncreaseWithScreeningAndNoAssurance()
    {
        // 10 12 10 12 10 26: mean 80 / 6 = 13.333; ranges 2 2 2 2 16, MR 24 / 5 = 4.8. Unscreened, the upper limit is
        // 13.333 + 2.66 × 4.8 = 26.101 and 26 is common cause. Screened by default: 16 ≥ 3.267 × 4.8 = 15.68 goes, MR 2,
        // upper limit 18.653, and 26 is above it: an improvement, as increase is the default direction.
        var file = WriteFile("""{"dates":["2024-01-01","2024-02-01","2024-03-01","2024-04-01","2024-05-01","2024-06-01"],"values":[10,12,10,12,10,26]}""");

        var run = await CliRun.Of("spc", file, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var output = JsonNode.Parse(run.Out)!;
        Assert.Equal("special_cause_improvement", output["variation"]!.GetValue<string>());
        Assert.Null(output["assurance"]);
        Assert.Equal("increase", output["improvementDirection"]!.GetValue<string>());
        Assert.Equal(1, output["segments"]![0]!["screenedMovingRanges"]!.GetValue<int>());
    }

    private const string Dates4 = "\"dates\":[\"2024-01-01\",\"2024-02-01\",\"2024-03-01\",\"2024-04-01\"]";
    private const string Values4 = "\"values\":[1,2,3,4]";

    /// <summary>Each way the file can be wrong, and the field the one line on stderr must name after the file's name.</summary>
    public static TheoryData<string, string> BadFiles => new()
    {
        { """{"dates":[""", "$: is not valid JSON at line 1" },
        { "[1, 2, 3]", "$: must be a JSON object" },
        { "{" + Values4 + "}", "dates: is required" },
        { "{" + Dates4 + "}", "values: is required" },
        { "{\"dates\":\"2024-01-01\"," + Values4 + "}", "dates: must be a list of dates" },
        { "{\"dates\":[\"2024-01-01\",\"2024-02-01\",\"2024-03-01\",\"2021-13-01\"]," + Values4 + "}", "dates[3]: '2021-13-01' is not a date (yyyy-mm-dd)" },
        { "{\"dates\":[\"01/01/2024\",\"2024-02-01\",\"2024-03-01\",\"2024-04-01\"]," + Values4 + "}", "dates[0]: '01/01/2024' is not a date (yyyy-mm-dd)" },
        { "{\"dates\":[20240101,\"2024-02-01\",\"2024-03-01\",\"2024-04-01\"]," + Values4 + "}", "dates[0]: must be a date written as a string (yyyy-mm-dd), found 20240101" },
        { "{" + Dates4 + ",\"values\":[1,2,\"12a\",4]}", "values[2]: must be a number, found \"12a\"" },
        { "{" + Dates4 + ",\"values\":[1,null,3,4]}", "values[1]: must be a number, found null" },
        { "{" + Dates4 + ",\"values\":[1e400,2,3,4]}", "values[0]: 1e400 is too large a number" },
        { "{" + Dates4 + ",\"values\":[1,2,3,1e13]}", "values[3]: 10000000000000 is too large; values must be between -1,000,000,000,000 and 1,000,000,000,000" },
        { "{" + Dates4 + "," + Values4 + ",\"target\":-1e308}", "target: -1E+308 is too large; a target must be between -1,000,000,000,000 and 1,000,000,000,000" },
        { "{" + Dates4 + ",\"values\":{\"a\":1}}", "values: must be a list of numbers" },
        { "{" + Dates4 + "," + Values4 + ",\"improvementDirection\":\"up\"}", "improvementDirection: must be one of increase, decrease, neutral, found \"up\"" },
        { "{" + Dates4 + "," + Values4 + ",\"improvementDirection\":null}", "improvementDirection: must be one of increase, decrease, neutral, found null" },
        { "{" + Dates4 + "," + Values4 + ",\"screenOutliers\":\"yes\"}", "screenOutliers: must be true or false, found \"yes\"" },
        { "{" + Dates4 + "," + Values4 + ",\"target\":\"high\"}", "target: must be a number, found \"high\"" },
        { "{" + Dates4 + "," + Values4 + ",\"rebase\":[\"April\"]}", "rebase[0]: 'April' is not a date (yyyy-mm-dd)" },
        { "{" + Dates4 + "," + Values4 + ",\"rebase\":\"2024-03-01\"}", "rebase: must be a list of dates" },
        { "{" + Dates4 + "," + Values4 + ",\"fixAfterPoints\":12.5}", "fixAfterPoints: must be a whole number (at least 12), found 12.5" },
        { "{" + Dates4 + "," + Values4 + ",\"fixAfterPoints\":10}", "fixAfterPoints: 10; limits can be fixed after 12 points or more" },
        { "{" + Dates4 + "," + Values4 + ",\"improvmentDirection\":\"decrease\"}", "improvmentDirection: is not a field of the series file" },
        { "{" + Dates4 + "," + Values4 + "," + Values4 + "}", "values: is given twice" },
        { "{\"dates\":[\"2024-01-01\",\"2024-03-01\",\"2024-02-01\",\"2024-04-01\"]," + Values4 + "}", "dates[2]: 2024-02-01 comes before 2024-03-01" },
        { "{\"dates\":[\"2024-01-01\",\"2024-01-01\",\"2024-03-01\",\"2024-04-01\"]," + Values4 + "}", "dates[1]: 2024-01-01 appears twice" },
        { "{" + Dates4 + ",\"values\":[1,2,3]}", "values: 3 values for 4 dates" },
        { "{\"dates\":[\"2024-01-01\"],\"values\":[1]}", "dates: 1 date; a chart needs at least 2" },
        { "{" + Dates4 + "," + Values4 + ",\"rebase\":[\"2024-02-15\"]}", "rebase[0]: 2024-02-15 is not one of the series' dates" },
        { "{" + Dates4 + "," + Values4 + ",\"rebase\":[\"2024-04-01\"]}", "rebase[0]: 2024-04-01 leaves the segment from 2024-04-01 with 1 point" },
        { "{" + Dates4 + "," + Values4 + ",\"rebase\":[\"2024-02-01\"]}", "rebase[0]: 2024-02-01 leaves the segment from 2024-01-01 with 1 point" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Spc_FileThatCannotBeCharted_ExitsTwoWithOneLineNamingTheField(string json, string problem)
    {
        var file = WriteFile(json);

        var run = await CliRun.Of("spc", file, "--format", "json");

        run.AssertBadInput($"{Path.GetFileName(file)}: {problem}");
    }

    [Fact]
    public async Task Spc_ValuesWhoseSumOverflows_ExitsTwoRatherThanCrashingOnInfinity()
    {
        // 1e308 + -1e308 + 1e308 is finite, but the moving ranges (2e308) are not; the JSON writer cannot write Infinity.
        var file = WriteFile("""{"dates":["2024-01-01","2024-02-01","2024-03-01"],"values":[1e308,-1e308,1e308]}""");

        var run = await CliRun.Of("spc", file, "--format", "json");

        run.AssertBadInput($"{Path.GetFileName(file)}: values[0]: 1E+308 is too large; values must be between -1,000,000,000,000 and 1,000,000,000,000 (and 2 more problems)");
    }

    [Fact]
    public async Task Spc_FixAfterPointsWrittenWithAZeroFraction_IsTheWholeNumber()
    {
        var values = string.Join(",", Enumerable.Range(1, 12));
        var dates = string.Join(",", Enumerable.Range(0, 12).Select(m => $"\"{new DateOnly(2024, 1, 1).AddMonths(m):yyyy-MM-dd}\""));
        var file = WriteFile($$"""{"dates":[{{dates}}],"values":[{{values}}],"fixAfterPoints":12.0}""");
        var whole = WriteFile($$"""{"dates":[{{dates}}],"values":[{{values}}],"fixAfterPoints":12}""");

        var run = await CliRun.Of("spc", file, "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal((await CliRun.Of("spc", whole, "--format", "json")).Out, run.Out);
    }

    [Fact]
    public async Task Spc_SeveralProblems_NamesTheFirstAndCountsTheRest()
    {
        var file = WriteFile("{" + Dates4 + ",\"values\":[\"a\",2,\"c\",4],\"screenOutliers\":1}");

        var run = await CliRun.Of("spc", file);

        run.AssertBadInput($"{Path.GetFileName(file)}: values[0]: must be a number, found \"a\" (and 2 more problems)");
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["/nonexistent/series.json"], "SERIES: series.json does not exist" },
        { ["{fixture}", "--format", "xml"], "--format: Argument 'xml' not recognized." },
        { [], "Required argument missing for command: 'spc'." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Spc_BadArgument_ExitsTwoWithOneLineNamingIt(string[] args, string start)
    {
        var fixture = Path.Combine(Fixtures, "neutral.json");

        var run = await CliRun.Of(["spc", .. args.Select(a => a.Replace("{fixture}", fixture))]);

        run.AssertBadInput(start);
    }

    [Fact]
    public async Task Spc_Help_TellsTheDefaultsOfTheFieldsLeftOut()
    {
        var run = await CliRun.Of("spc", "--help");

        Assert.Equal(0, run.ExitCode);
        var help = string.Join(' ', run.Out.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("improvementDirection defaults to increase and screenOutliers to true", help, StringComparison.Ordinal);
    }

    /// <summary>The same JSON: names in the same order, strings, booleans and nulls equal, numbers within 1e-9.</summary>
    private static void AssertSameJson(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, found {actual?.ToJsonString()}");
                break;
            case JsonObject objectExpected:
                var objectActual = Assert.IsType<JsonObject>(actual);
                Assert.Equal(objectExpected.Select(p => p.Key), objectActual.Select(p => p.Key));
                foreach (var (name, member) in objectExpected) AssertSameJson(member, objectActual[name], $"{path}.{name}");
                break;
            case JsonArray arrayExpected:
                var arrayActual = Assert.IsType<JsonArray>(actual);
                Assert.True(arrayExpected.Count == arrayActual.Count, $"{path}: {arrayActual.Count} items, expected {arrayExpected.Count}");
                for (var i = 0; i < arrayExpected.Count; i++) AssertSameJson(arrayExpected[i], arrayActual[i], $"{path}[{i}]");
                break;
            default:
                var value = expected.AsValue();
                Assert.True(actual is JsonValue, $"{path}: expected {value.ToJsonString()}, found {actual?.ToJsonString()}");
                if (value.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                {
                    Assert.Equal(System.Text.Json.JsonValueKind.Number, actual!.GetValueKind());
                    var (want, got) = (value.GetValue<double>(), actual.GetValue<double>());
                    Assert.True(Math.Abs(want - got) <= 1e-9, $"{path}: expected {want}, found {got}");
                }
                else
                    Assert.True(value.ToJsonString() == actual!.ToJsonString(), $"{path}: expected {value.ToJsonString()}, found {actual.ToJsonString()}");
                break;
        }
    }
}
