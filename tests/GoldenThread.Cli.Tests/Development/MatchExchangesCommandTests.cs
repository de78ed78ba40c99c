using System.Text.Json.Nodes;

namespace GoldenThread.Cli.Development;

public sealed class MatchExchangesCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Development", "Fixtures");
    private static readonly string FourPeople = Path.Combine(Fixtures, "four-people.json");

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public async Task MatchExchanges_AsJson_PrintsTheHandWorkedPairsInTheContractsShape()
    {
        var run = await CliRun.Of("match-exchanges", FourPeople, "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures, "four-people.golden.json")));
        var actual = JsonNode.Parse(run.Out)!;
        Assert.True(JsonNode.DeepEquals(expected, actual), run.Out);
        Assert.Equal(["pairs", "totalScore", "unmatched", "allowedPairs"], actual.AsObject().Select(p => p.Key));
        Assert.Equal(["a", "b", "score", "visits"], actual["pairs"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task MatchExchanges_AsTable_PrintsASummaryThenAPairALineThenWhoIsUnmatched()
    {
        var run = await CliRun.Of("match-exchanges", FourPeople);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllText(Path.Combine(Fixtures, "four-people.golden.txt")).ReplaceLineEndings(), run.Out.ReplaceLineEndings());
    }

    [Fact]
    public async Task MatchExchanges_EmptyPool_SaysSoAndPairsNobody()
    {
        var run = await CliRun.Of("match-exchanges", files.Write("""{"participants": []}"""));

        Assert.Equal((0, "0 participants, 0 allowed pairs: 0 pairs with a total score of 0, 0 unmatched."), (run.ExitCode, run.Out.Trim()));
    }

    [Theory]
    [InlineData("""{"participants": [{"id": "x1"}]}""", "participants[0].profession: is required (and 3 more problems)")]
    [InlineData("""{"participants": [""", "$: is not valid JSON at line 1")]
    [InlineData("""{"participants": [{"id": "x1", "profession": "medicine", "setting": "acute", "organisationId": "o1", "availability": ["2026-12-2-am"]}]}""",
        "participants[0].availability[0]: “2026-12-2-am” is not a half-day written yyyy-mm-dd-am or yyyy-mm-dd-pm")]
    public async Task MatchExchanges_BadPool_ExitsTwoWithOneLineNamingTheFileAndPath(string json, string problem)
    {
        var path = files.Write(json);

        var run = await CliRun.Of("match-exchanges", path);

        run.AssertBadInput($"{Path.GetFileName(path)}: {problem}");
    }

    [Fact]
    public async Task MatchExchanges_MissingFile_ExitsTwo()
    {
        var run = await CliRun.Of("match-exchanges", "no-such-pool.json");

        run.AssertBadInput("POOL: no-such-pool.json does not exist");
    }
}
