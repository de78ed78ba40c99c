using System.Net;
using GoldenThread.Network;
using GoldenThread.Representation;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Representation;

public class ReportTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Leader = "leader@goldenthread.example";
    private const string Professional = "professional@goldenthread.example";
    private const string Page = "/systems/QXV/representation";

    /// <summary>The demo's findings today, as the engine gives them over the demo file.</summary>
    private static IReadOnlyList<Finding> DemoFindings() =>
        RepresentationEngine.Default.Evaluate(new RepresentationNetwork(DemoNetwork.Build()), DateOnly.FromDateTime(DateTime.UtcNow));

    [Fact]
    public async Task Get_DemoSystem_SummarisesGapsWarningsAndCleanBodies()
    {
        using var client = await app.ClientFor(Professional);
        var expected = DemoFindings();

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page));

        Assert.Equal(expected.Count(f => f.Severity == Severity.Gap).ToString(), page.QuerySelector("#summary-gaps .gt-stat__number")!.TextContent);
        Assert.Equal(expected.Count(f => f.Severity == Severity.Warning).ToString(), page.QuerySelector("#summary-warnings .gt-stat__number")!.TextContent);
        Assert.Equal(expected.Count, page.QuerySelectorAll(".gt-finding li, .gt-finding .nhsuk-card__description").Length);
        Assert.Contains("has no current carer", page.QuerySelector("main")!.TextContent);
        var clean = int.Parse(page.QuerySelector("#summary-bodies-clean .gt-stat__number")!.TextContent);
        Assert.InRange(clean, 1, 24);
    }

    [Fact]
    public async Task Get_GapWithCandidates_LinksEachToTheirProfileAndToAWhatIf()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page));

        var rows = page.QuerySelectorAll(".gt-candidates tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Matches("^/systems/QXV/people/[0-9a-f-]{36}$", row.QuerySelector("td a")!.GetAttribute("href")!);
            Assert.Matches("^/systems/QXV/representation\\?try=[0-9a-f-]{36}~[0-9a-f-]{36}~[a-z-]+~[a-z]+#what-if$", row.QuerySelectorAll("a")[^1].GetAttribute("href")!);
        });
    }

    [Fact]
    public async Task Get_TryingTheFirstCandidate_ShowsTheGapItWouldClose()
    {
        using var client = await app.ClientFor(Leader);
        var first = GoldenThreadApp.Parse(await client.GetStringAsync(Page));
        var card = first.QuerySelectorAll(".gt-finding--gap").First(c => c.TextContent.Contains("has no current carer"));
        var whatIf = card.QuerySelector(".gt-candidates tbody tr")!.QuerySelectorAll("a")[^1].GetAttribute("href")!;

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(whatIf.Split('#')[0]));

        Assert.Contains("has no current carer", page.QuerySelector("#what-if-closed")!.TextContent);
        Assert.StartsWith("1 of ", page.GetElementById("what-if-summary")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".nhsuk-tag--green"));
        // Nothing was written: the page without the appointment still shows the gap.
        Assert.Contains("has no current carer", await client.GetStringAsync(Page));
    }

    [Fact]
    public async Task Get_ByTheLeadershipTeamToday_KeepsASnapshot_ByAProfessionalOrForAnotherDate_DoesNot()
    {
        // The system admin, whom no other test here signs in as: a re-run of the same findings by the same person is kept once.
        using var leader = await app.ClientFor("admin@goldenthread.example");
        using var professional = await app.ClientFor(Professional);
        async Task<int> Snapshots() => await app.Query(db => db.FindingSnapshots.CountAsync());
        var before = await Snapshots();

        await professional.GetStringAsync(Page);
        await leader.GetStringAsync($"{Page}?On.Day=1&On.Month=1&On.Year=2024");
        Assert.Equal(before, await Snapshots());

        await leader.GetStringAsync(Page);
        await leader.GetStringAsync(Page); // the same findings again straight away are kept once
        Assert.Equal(before + 1, await Snapshots());
        var latest = await app.Query(db => db.FindingSnapshots.OrderByDescending(s => s.TakenAt).FirstAsync());
        Assert.Equal(DemoFindings().Count(f => f.Severity == Severity.Gap), latest.Gaps);
    }

    [Fact]
    public async Task Get_AppointmentNotInTheRegister_IsLeftOutWithAnError()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Page}?try=nobody~nothing~member~clinical&try=x"));

        Assert.StartsWith("Error: ", page.Title);
        Assert.Contains("not a new seat for someone in the register", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Null(page.GetElementById("what-if"));
    }

    [Fact]
    public async Task Get_TryingASeatThePersonHoldsAlready_IsLeftOutWithAnError()
    {
        using var client = await app.ClientFor(Leader);
        var (person, body) = await app.Query(db => db.Memberships.Where(m => m.End == null).Select(m => new { m.PersonId, m.BodyId }).FirstAsync()) is var m
            ? (m.PersonId, m.BodyId) : default;

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Page}?try={person}~{body}~member~clinical"));

        Assert.StartsWith("Error: ", page.Title);
        Assert.Null(page.GetElementById("what-if"));
    }

    [Fact]
    public async Task Get_FilteredToGapsByRule_ShowsOnlyGapsGroupedUnderTheirRule()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Page}?view=rule&severity=gap"));

        Assert.Empty(page.QuerySelectorAll(".nhsuk-tag--yellow"));
        var headings = page.QuerySelectorAll(".gt-representation__group h2").Select(h => h.TextContent).ToList();
        Assert.Contains(headings, h => h.StartsWith("Clinical, managerial and lay leadership"));
        Assert.DoesNotContain(headings, h => h.StartsWith("Successors"));
    }

    [Fact]
    public async Task Get_DateBeforeTheSystemExisted_HasNoFindingsAboutBodies()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Page}?On.Day=1&On.Month=1&On.Year=2000"));

        Assert.Contains("1 January 2000", page.QuerySelector("main p")!.TextContent);
        Assert.Equal("0", page.QuerySelector("#summary-bodies-with-findings .gt-stat__number")!.TextContent);
    }

    [Theory]
    [InlineData("On.Day=31&On.Month=2&On.Year=2025", "Date must be a real date")]
    [InlineData("On.Day=1&On.Year=2025", "Date must include a month")]
    public async Task Get_BadDate_ShowsTheErrorAndTodaysFindings(string query, string error)
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Page}?{query}"));

        Assert.StartsWith("Error: ", page.Title);
        Assert.Contains(error, page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Contains("(today)", page.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public async Task Get_UnknownFilters_AreIgnored()
    {
        using var client = await app.ClientFor(Leader);

        var response = await client.GetAsync($"{Page}?severity=urgent&rule=R-NOPE&place=nowhere&view=sideways");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DemoFindings().Count, GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync())
            .QuerySelectorAll(".gt-finding li, .gt-finding .nhsuk-card__description").Length);
    }

    [Fact]
    public async Task GetCsv_ListsEveryFindingWithItsRuleTitleAndCandidates()
    {
        using var client = await app.ClientFor(Leader);
        var expected = DemoFindings();

        var response = await client.GetAsync($"{Page}?handler=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches("representation-QXV-\\d{4}-\\d{2}-\\d{2}\\.csv", response.Content.Headers.ContentDisposition!.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split("\r\n");
        Assert.Equal("rule,title,severity,body,bodyId,message,candidates", lines[0]);
        Assert.Equal(expected.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("R-TRIUMVIRATE,\"Clinical, managerial and lay leadership\",gap,") && l.Contains("(lay member on "));
    }

    [Fact]
    public async Task Get_SystemTheUserDoesNotBelongTo_IsNotFound()
    {
        using var leader = await app.ClientFor(Leader);
        using var other = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync($"/systems/{GoldenThreadApp.OtherSystem}/representation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/systems/{GoldenThreadApp.OtherSystem}/representation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Page}?handler=csv")).StatusCode);
    }
}
