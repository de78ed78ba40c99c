using System.Net;
using System.Text.Json;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using static GoldenThread.Testing.ProgrammeRows;

namespace GoldenThread.Web.Pages.Programmes.Summary;

/// <summary>The anonymised summary: hidden until published, and never a small count of people.</summary>
public class IndexTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static string Page(Guid round) => $"/programmes/rounds/{round}/summary";

    /// <summary>
    /// A closed round with its outcomes published: QXV's teams of 6 and 8 (selected) and 6 (not), and QAA's team of 5
    /// (not eligible). Members alternate acute trust and county council, starting with the trust.
    /// </summary>
    private async Task<Guid> DecidedRound()
    {
        var round = await app.AddRoundAsync();
        await app.AddApplicationAsync(round, "QXV", Eligible("Falls first"), minute: 1, decision: ApplicationDecision.Selected, feedback: "Yes.");
        await app.AddApplicationAsync(round, "QXV", Eligible("Frailty eight", members: 8), minute: 2, decision: ApplicationDecision.Selected, feedback: "Yes.");
        await app.AddApplicationAsync(round, "QXV", Eligible("Not now"), minute: 3, decision: ApplicationDecision.NotSelected, feedback: "No.");
        await app.AddApplicationAsync(round, "QAA", Eligible("Too few", members: 5), minute: 4, decision: ApplicationDecision.NotSelected, feedback: "No.");
        await app.Query(async db =>
        {
            (await db.ProgrammeRounds.FindAsync(round))!.OutcomesPublishedAt = Opened.AddDays(60);
            return await db.SaveChangesAsync();
        });
        return round;
    }

    private async Task PublishSummary(Guid round)
    {
        using var client = await app.ClientFor(Operator);
        var response = await GoldenThreadApp.PostForm(client, $"{Page(round)}/publish", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Dictionary<string, string[]> Rows(AngleSharp.Html.Dom.IHtmlDocument page, string table) =>
        page.QuerySelectorAll($"#{table} tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.ChildNodes[0].TextContent, r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());

    [Fact]
    public async Task Get_BeforePublishing_IsNotFoundToEveryoneButTheOperator()
    {
        var round = await DecidedRound();

        foreach (var who in new[] { null, "leader@goldenthread.example", "reviewer@goldenthread.example" })
        {
            using var client = await app.ClientFor(who);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Page(round))).StatusCode);
        }
        using var anonymous = await app.ClientFor(null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/rounds/{round}/summary")).StatusCode);
        using var operatorClient = await app.ClientFor(Operator);
        var preview = GoldenThreadApp.Parse(await operatorClient.GetStringAsync(Page(round)));
        Assert.NotNull(preview.QuerySelector("#preview a[href$='/summary/publish']"));
    }

    [Fact]
    public async Task Get_PreviewBeforeTheOutcomes_OffersNoPublishingAndThePublishPageRefuses()
    {
        var round = await app.AddRoundAsync();
        using var client = await app.ClientFor(Operator);

        var preview = GoldenThreadApp.Parse(await client.GetStringAsync(Page(round)));
        var response = await GoldenThreadApp.PostForm(client, $"{Page(round)}/publish", [], tokenFrom: Page(round) + "/publish");

        Assert.Null(preview.QuerySelector("#preview a[href$='/summary/publish']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Publish the outcomes to the teams first", GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#blocker p")!.TextContent);
        Assert.Null((await app.RoundAsync(round)).SummaryPublishedAt);
    }

    [Fact]
    public async Task Get_Published_ShowsTeamsAsTheyAreAndPeopleOnlyFromTenRounded()
    {
        var round = await DecidedRound();
        await PublishSummary(round);
        using var client = await app.ClientFor(null);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page(round)));

        // Teams: 4 applied, 3 eligible, 2 selected. Members: 6+8+6+5 = 25 applied → 25; 20 eligible → 20; 14 selected → 15.
        var overall = Rows(page, "overall");
        Assert.Equal(["4", "3", "2"], overall["Teams"]);
        Assert.Equal(["25", "20", "15"], overall["Team members"]);
        // Acute trust members: 3+4+3+3 = 13 → 15; 10 → 10; 7 → withheld. Council: 3+4+3+2 = 12 → 10; 10 → 10; 7 → withheld.
        var sectors = Rows(page, "sectors");
        Assert.Equal(["15", "10", "fewer than 10"], sectors["NHS acute"]);
        Assert.Equal(["10", "10", "fewer than 10"], sectors["Local authority county"]);
        Assert.Equal(["fewer than 10", "fewer than 10", "fewer than 10"], sectors["Voluntary community"]);
        // QXV is in the South West and QAA in the North West: one system each, so the two pool into one row.
        var regions = Rows(page, "regions");
        Assert.Equal(["2", "4", "3", "2"], regions["All regions"]);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("QXV", text);
        Assert.DoesNotContain("Falls first", text);
        Assert.Null(page.QuerySelector("#preview"));
    }

    [Fact]
    public async Task Api_Published_AnswersTheSameSummaryWithWithheldCountsAsNull()
    {
        var round = await DecidedRound();
        await PublishSummary(round);
        using var client = await app.ClientFor(null);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/rounds/{round}/summary"));

        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("teams").GetProperty("applied").GetInt32());
        Assert.Equal(15, summary.GetProperty("people").GetProperty("selected").GetProperty("shown").GetInt32());
        var acute = summary.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("sector").GetString() == "nhs-acute");
        Assert.Equal(JsonValueKind.Null, acute.GetProperty("people").GetProperty("selected").GetProperty("shown").ValueKind);
    }

    [Fact]
    public async Task PublishPage_AlreadyPublished_SaysWhen()
    {
        var round = await DecidedRound();
        await PublishSummary(round);
        using var client = await app.ClientFor(Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Page(round)}/publish"));

        Assert.StartsWith("The summary was published on", page.QuerySelector("#blocker p")!.TextContent);
    }
}
