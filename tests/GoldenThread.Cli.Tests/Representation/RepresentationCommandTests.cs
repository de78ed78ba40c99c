using System.Text.Json.Nodes;
using GoldenThread.Interchange;
using GoldenThread.Testing;

namespace GoldenThread.Cli.Representation;

public sealed class RepresentationCommandTests : IDisposable
{
    /// <summary>
    /// A hand-made network (Fixtures/fixture-network.json) and, beside it, the findings worked out by hand from
    /// representation-rules.md for 24 November 2026. In short: the board lacks a lay member, the place board a
    /// managerial and a lay one; no top-level body has community services, public health or a community nurse; the
    /// only senior pharmacist sits on a place board; the mental health board's service user left on 30 June 2026 and
    /// it never had a carer; Southvale is two-tier with no district council in the register (a gap no one can fill);
    /// Northbrook Council sits nowhere at system level; the cabinet has only primary care, has not agreed its decision
    /// rights, feeds into nothing and its chair's seat is unfunded; Cara Lind has sat on the board since 2018; the
    /// chief nurse has no successor. Candidates: unseated people who fit, by how much they meet, affinity, same place,
    /// seniority, fewer seats, then name (the place board's five: Ben Hale is a manager; Jon Kerr and Kofi Mensah work
    /// in Northbrook and sit nowhere; Cara Lind sits once, Amara Obi twice; the cabinet is clinical, so its five are the
    /// senior clinicians from acute or community services, then Gita Rao, and not Ben Hale).
    /// </summary>
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Representation", "Fixtures", "fixture-network.json");
    private static readonly string Golden = Path.Combine(AppContext.BaseDirectory, "Representation", "Fixtures", "fixture-network.golden.json");

    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    private string WriteFile(string json) => files.Write(json);

    [Fact]
    public async Task Representation_FixtureAsJson_PrintsTheHandWorkedFindings()
    {
        var run = await CliRun.Of("representation", Fixture, "--on", "2026-11-24", "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(File.ReadAllText(Golden).ReplaceLineEndings(), run.Out.ReplaceLineEndings());
    }

    [Fact]
    public async Task Representation_AsJson_KeepsTheContractFieldsFirstAndCandidatesOnlyOnGaps()
    {
        var run = await CliRun.Of("representation", Fixture, "--on", "2026-11-24", "--format", "json");

        var findings = JsonNode.Parse(run.Out)!["findings"]!.AsArray().Select(f => f!.AsObject()).ToList();
        Assert.All(findings, f => Assert.Equal(["rule", "severity", "bodyId", "message"], f.Select(p => p.Key).Take(4)));
        Assert.All(findings, f => Assert.Equal(f["severity"]!.GetValue<string>() == "gap", f.ContainsKey("candidates")));
        Assert.All(findings.Where(f => f.ContainsKey("candidates")), f => Assert.InRange(f["candidates"]!.AsArray().Count, 0, 5));
    }

    [Fact]
    public async Task Representation_AsTable_ShowsRuleSeverityBodyAndMessageWithCandidatesIndented()
    {
        var run = await CliRun.Of("representation", Fixture, "--on", "2026-11-24");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["rule", "severity", "body", "message"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["R-TRIUMVIRATE", "gap", "Fixture ICB board", "Fixture ICB board has no current lay member."], Columns(lines[0], lines[1]));
        Assert.Equal("    candidate: Eve Shaw (u5) as lay-member, lay, on Fixture ICB board", lines[2]);
        Assert.Equal("    candidate: Iris Vale (u9) as lay-member, lay, on Fixture ICB board", lines[3]);
        var district = Array.FindIndex(lines, l => l.StartsWith("R-DISTRICT-COUNCILS", StringComparison.Ordinal));
        Assert.Equal(["R-DISTRICT-COUNCILS", "gap", "system-wide", "Southvale is a two-tier place, but the register has no district council there."],
            Columns(lines[0], lines[district]));
        Assert.Equal("    no one in the register could fill this gap", lines[district + 1]);
        Assert.Equal(["R-SUCCESSION", "warning", "system-wide", "The system post Chief nurse has no named successor."], Columns(lines[0], lines[^2]));
        Assert.Equal("9 gaps and 6 warnings on 2026-11-24.", lines[^1]);
    }

    /// <summary>A row cut where the header's columns start.</summary>
    private static string[] Columns(string header, string row)
    {
        int[] starts = [0, header.IndexOf("severity", StringComparison.Ordinal), header.IndexOf("body", StringComparison.Ordinal), header.IndexOf("message", StringComparison.Ordinal)];
        return [.. starts.Select((start, i) => (i + 1 < starts.Length ? row[start..starts[i + 1]] : row[start..]).Trim())];
    }

    [Fact]
    public async Task Representation_NothingToFind_SaysEveryRuleIsMet()
    {
        var network = new NetworkDocument
        {
            System = new SystemRecord("QAA", "NHS Quiet ICB", "London", 100_000, []),
            People =
            [
                new PersonRecord("u1", "Ada Brook", "medicine", "paediatrics", "acute", null, "senior", 1m, false),
                new PersonRecord("u2", "Ben Carter", "medicine", "paediatrics", "acute", null, "middle", 1m, false),
            ],
            Organisations = [new OrganisationRecord("o1", "Quiet Hospitals NHS Trust", null, "nhs-acute", null)],
            Posts = [new PostRecord("r1", "Child health clinical lead", "system", null, ["medicine"], 2, "o1", "u1", new DateOnly(2025, 1, 1), true,
                [new SuccessorRecord("u2", "ready-now")])],
        };

        var run = await CliRun.Of("representation", WriteFile(NetworkFile.Write(network)), "--on", "2026-11-24");

        Assert.Equal((0, "No findings on 2026-11-24: every rule is met."), (run.ExitCode, run.Out.Trim()));
    }

    [Theory]
    [InlineData("2026-06-30", "Mental health network board has no current carer among its members.")]
    [InlineData("2026-07-01", "Mental health network board has no current service user or carer among its members.")]
    public async Task Representation_On_ReadsMembershipsAsTheyStoodThatDay(string on, string message)
    {
        // The service user's membership ends on 30 June 2026 and counts that day.
        var run = await CliRun.Of("representation", Fixture, "--on", on, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(message, MentalHealthFinding(run)["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("2026-06-30T22:59:00Z", "carer")] // 23:59 BST on 30 June
    [InlineData("2026-06-30T23:00:00Z", "service user or carer")] // midnight BST: 1 July in England, still 30 June in UTC
    public async Task Representation_OnLeftOut_IsTodayInEngland(string now, string missing)
    {
        var run = await CliRun.At(new FixedTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)),
            "representation", Fixture, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Mental health network board has no current {missing} among its members.", MentalHealthFinding(run)["message"]!.GetValue<string>());
    }

    private static JsonNode MentalHealthFinding(CliRun run) =>
        JsonNode.Parse(run.Out)!["findings"]!.AsArray().Single(f => f!["rule"]!.GetValue<string>() == "R-MENTAL-HEALTH-LIVED-EXPERIENCE")!;

    [Theory]
    [InlineData("malformed JSON", "$.people")]
    [InlineData("unknown profession with a line break", "$.people[0].profession: ")]
    [InlineData("dangling body", "$.memberships[1].bodyId: ")]
    [InlineData("duplicate id", "$.people[1].id: ")]
    [InlineData("feeds-into cycle", "$.bodies[1].feedsInto[0]: ")]
    [InlineData("end before start", "$.memberships[0].end: ")]
    public async Task Representation_FileTheValidatorRefuses_ExitsTwoWithOneLineNamingThePath(string corruption, string path)
    {
        var file = WriteFile(NetworkCorruption.Apply(File.ReadAllText(Fixture), corruption));

        var run = await CliRun.Of("representation", file, "--on", "2026-11-24");

        run.AssertBadInput($"{Path.GetFileName(file)}: {path}");
    }

    /// <summary>Each way the arguments can be wrong, and what the one line on stderr must start with.</summary>
    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["/nonexistent/network.json"], "NETWORK: network.json does not exist" },
        { ["{fixture}", "--on", "2026-02-30"], "--on: \"2026-02-30\" is not a date written as YYYY-MM-DD" },
        { ["{fixture}", "--on", "24/11/2026"], "--on: \"24/11/2026\" is not a date written as YYYY-MM-DD" },
        { ["{fixture}", "--on"], "Required argument missing for option: '--on'." },
        { ["{fixture}", "--format", "xml"], "--format: Argument 'xml' not recognized." },
        { [], "Required argument missing for command: 'representation'." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Representation_BadArgument_ExitsTwoWithOneLineNamingIt(string[] args, string start)
    {
        var run = await CliRun.Of(["representation", .. args.Select(a => a.Replace("{fixture}", Fixture))]);

        run.AssertBadInput(start);
    }
}
