using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>The operator's list of a round's applications with their eligibility, and one application criterion by criterion.</summary>
public class ApplicationsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static List<string> References(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#applications tbody tr").Select(r => r.GetAttribute("data-reference")!)];

    private async Task<List<string>> List(HttpClient client, Guid roundId, string query) =>
        References(GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{roundId}/applications{query}")));

    [Fact]
    public async Task List_DemoClosedRound_ShowsTheTwelveSubmittedInSubmissionOrderWithTheirVerdicts()
    {
        var round = await app.DemoClosedRound();
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{round.Id}/applications"));
        var row = page.QuerySelectorAll("#applications tbody tr").Single(r => r.GetAttribute("data-reference") == "GT-0012");

        Assert.Equal(12, References(page).Count);
        Assert.DoesNotContain("GT-0013", References(page)); // withdrawn
        Assert.Equal("GT-0001", References(page)[0]); // submitted 41 days before closing, the earliest
        Assert.Equal(7, page.QuerySelectorAll("[data-eligible=yes]").Length);
        Assert.Equal("Not eligible", row.QuerySelector(".nhsuk-tag")!.TextContent);
        Assert.Contains("2 criteria failed", row.TextContent);
    }

    [Fact]
    public async Task List_FilteredBySystemAndVerdict_ShowsOnlyThose()
    {
        var round = await app.DemoClosedRound();
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        Assert.Equal(["GT-0007", "GT-0008", "GT-0009"], (await List(client, round.Id, "?system=QKS&sort=reference")));
        Assert.Equal(["GT-0006", "GT-0008", "GT-0009", "GT-0011", "GT-0012"], (await List(client, round.Id, "?eligible=no&sort=reference")));
        Assert.Equal(["GT-0008", "GT-0009"], (await List(client, round.Id, "?system=QKS&eligible=no&sort=reference")));
        Assert.Equal(12, (await List(client, round.Id, "?eligible=maybe&system=")).Count);
    }

    [Fact]
    public async Task List_SortedByEligibilityDescending_PutsTheMostFailuresFirst_AndTheHeaderSaysSo()
    {
        var round = await app.DemoClosedRound();
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{round.Id}/applications?sort=eligibility&order=descending&eligible=no"));

        Assert.Equal("GT-0012", References(page)[0]); // two criteria failed; the others one
        Assert.Equal("Eligibility", page.QuerySelector("th[aria-sort=descending] a")!.FirstChild!.TextContent);
        Assert.Equal($"/programmes/rounds/{round.Id}/applications?sort=eligibility&order=ascending&eligible=no",
            page.QuerySelector("th[aria-sort=descending] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Application_ShowsItsEligibilityCriterionByCriterionAndEverythingTheTeamSaid()
    {
        var round = await app.DemoClosedRound();
        var id = await app.ApplicationId(round.Id, "GT-0012");
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{round.Id}/applications/{id}"));
        var criteria = page.QuerySelectorAll(".gt-eligibility tbody tr").ToList();

        Assert.Equal("Salford housing first health", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(EligibilityCriteria.Default.Criteria.Select(c => c.Id), criteria.Select(r => r.GetAttribute("data-criterion")));
        Assert.Equal(["E-MEASURABLE", "E-TIME"], criteria.Where(r => r.GetAttribute("data-status") == "fail").Select(r => r.GetAttribute("data-criterion")));
        Assert.Equal("Fail", criteria.Single(r => r.GetAttribute("data-criterion") == "E-TIME").QuerySelector(".nhsuk-tag")!.TextContent);
        Assert.Contains("Not eligible", page.QuerySelector(".gt-eligibility__verdict")!.TextContent);
        Assert.Equal(8, page.QuerySelectorAll("#members tbody tr").Length);
        Assert.Equal(2, page.QuerySelectorAll("#sponsors tbody tr").Length);
        Assert.Contains("Not confirmed", page.QuerySelector("#statements")!.TextContent);
        Assert.Contains("homelessness and health", page.QuerySelector("#wicked-issue")!.TextContent);
    }

    [Fact]
    public async Task Application_DraftOrOfAnotherRound_IsNotFound()
    {
        var closed = await app.DemoClosedRound();
        var draft = await app.Query(db => db.TeamApplications.Where(a => a.State == ApplicationState.Draft).Select(a => new { a.Id, a.RoundId }).FirstAsync());
        var submitted = await app.ApplicationId(closed.Id, "GT-0001");
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programmes/rounds/{draft.RoundId}/applications/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programmes/rounds/{draft.RoundId}/applications/{submitted}")).StatusCode);
    }

    [Theory]
    [InlineData("leader@goldenthread.example")]
    [InlineData("reviewer@goldenthread.example")]
    public async Task Get_SignedInNonOperator_IsRefused(string email)
    {
        var round = await app.DemoClosedRound();
        var id = await app.ApplicationId(round.Id, "GT-0001");
        using var client = await app.ClientFor(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/programmes/rounds/{round.Id}/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/programmes/rounds/{round.Id}/applications/{id}")).StatusCode);
    }
}
