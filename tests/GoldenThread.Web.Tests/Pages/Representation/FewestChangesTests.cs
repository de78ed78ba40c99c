using System.Net;
using GoldenThread.Network;
using GoldenThread.Representation;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Representation;

public class FewestChangesTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Leader = "leader@goldenthread.example";
    private const string Page = "/systems/QXV/representation/fewest-changes";
    private static readonly DateOnly On = new(2026, 11, 24);

    private static Dictionary<string, string> DateForm(string day, string month, string year) =>
        new() { ["Date.Day"] = day, ["Date.Month"] = month, ["Date.Year"] = year };

    [Fact]
    public async Task Get_ShowsTheFormAndNoSuggestionUntilAsked()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page));

        Assert.Equal("Fewest changes to close the gaps", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("post", page.QuerySelector("main form")!.GetAttribute("method"));
        Assert.Equal("Suggest appointments", page.QuerySelector("main form button")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#suggestion"));
        Assert.Null(page.QuerySelector("#appointments"));
    }

    [Fact]
    public async Task Post_DemoSystem_ListsTheFewestAppointmentsWithLinksAndTheProof()
    {
        // The same network as the demo file, so the engine on the file says how many appointments the page must list.
        var demo = new RepresentationNetwork(DemoNetwork.Build());
        var expected = FewestChanges.Default.Suggest(demo, On, RepresentationEngine.Default.Evaluate(demo, On));
        using var client = await app.ClientFor(Leader);

        var response = await GoldenThreadApp.PostForm(client, Page, DateForm("24", "11", "2026"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Suggested appointments for 24 November 2026", page.QuerySelector("#suggestion")!.TextContent);
        var rows = page.QuerySelectorAll("#appointments tbody tr");
        Assert.Equal(expected.Appointments.Count, rows.Length);
        Assert.InRange(rows.Length, 2, 50);
        Assert.Equal(expected.Appointments.Select(a => a.BodyName).Order(), rows.Select(r => r.QuerySelectorAll("td a")[0].TextContent).Order());
        Assert.All(rows, row =>
        {
            Assert.Matches("^/systems/QXV/people/[0-9a-f-]{36}$", row.QuerySelector("th a")!.GetAttribute("href"));
            Assert.Matches("^/systems/QXV/bodies/[0-9a-f-]{36}$", row.QuerySelector("td a")!.GetAttribute("href"));
            Assert.NotEmpty(row.QuerySelectorAll("td li"));
        });
        Assert.Equal($"This is the fewest possible: the solver proved that no set of {rows.Length - 1} appointments closes them all.",
            page.QuerySelector("#bound p")!.TextContent);
        Assert.Equal(expected.Open.Count, page.QuerySelectorAll("#open-gaps tbody tr").Length);
    }

    [Fact]
    public async Task Post_DateThatIsNotReal_ShowsTheErrorAndNoSuggestion()
    {
        using var client = await app.ClientFor(Leader);

        var response = await GoldenThreadApp.PostForm(client, Page, DateForm("31", "2", "2026"));

        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("#date", page.QuerySelector(".nhsuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("Date must be a real date", page.QuerySelector("#date-error")!.TextContent);
        Assert.Null(page.QuerySelector("#suggestion"));
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var client = await app.ClientFor(Leader);

        using var response = await client.PostAsync(Page, new FormUrlEncodedContent(DateForm("24", "11", "2026")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_Professional_IsForbidden()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        using var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
