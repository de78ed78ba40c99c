using System.Net;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Testing;
using GoldenThread.Web.Access;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Pages.Network;

public class StructureTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Leader = "leader@goldenthread.example";
    private static readonly GoldenThread.Interchange.NetworkDocument Demo = DemoNetwork.Build();

    private static List<string> ActiveDemoBodies(DateOnly day) =>
        [.. Demo.Bodies.Where(b => (b.ActiveFrom ?? DateOnly.MinValue) <= day && day <= (b.ActiveTo ?? DateOnly.MaxValue)).Select(b => b.Name).Order()];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Get_DemoSystem_DrawsOneBoxPerActiveBodyAndListsEveryBody()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/structure"));

        var svg = page.QuerySelector(".gt-structure svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("Leadership structure of NHS Severn Vale Integrated Care Board", page.GetElementById("structure-title")!.TextContent);
        var boxes = svg.QuerySelectorAll(":scope > g > title").Select(t => t.TextContent.Split(':')[0]).Order().ToList();
        Assert.Equal(ActiveDemoBodies(Today), boxes);
        Assert.Equal(Demo.Bodies.Sum(b => b.FeedsInto.Count), svg.QuerySelectorAll("path[marker-end]").Length);
        var listed = page.QuerySelectorAll(".gt-structure__tree a").Select(a => (a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        Assert.Equal(ActiveDemoBodies(Today), listed.Select(l => l.TextContent).Distinct().Order());
        Assert.All(listed, l => Assert.Matches("^/systems/QXV/bodies/[0-9a-f-]{36}$", l.Href));
        Assert.Equal(25, listed.Select(l => l.Href).Distinct().Count());
        Assert.Equal("0", page.QuerySelector(".gt-structure")!.GetAttribute("tabindex"));
    }

    [Fact]
    public async Task Get_DateBeforeSomeBodiesBegan_LeavesThemOut()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/structure?day=1&month=1&year=2023"));

        var expected = ActiveDemoBodies(new DateOnly(2023, 1, 1));
        Assert.InRange(expected.Count, 1, 24); // some demo bodies began later
        Assert.Equal(expected, page.QuerySelectorAll(".gt-structure svg > g > title").Select(t => t.TextContent.Split(':')[0]).Order());
        Assert.Contains("1 January 2023", page.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public async Task Get_DateThatIsNotReal_ShowsTheErrorAndTodaysStructure()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/structure?day=31&month=2&year=2025"));

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("#day", page.QuerySelector(".nhsuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("Date must be a real date", page.QuerySelector("#day-error")!.TextContent);
        Assert.NotNull(page.QuerySelector(".gt-structure svg"));
    }

    [Fact]
    public async Task Get_OnePlace_ShowsThatPlaceAndTheSystemWideBodies()
    {
        using var client = await app.ClientFor(Leader);
        var overview = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/structure"));
        var hollowmere = overview.QuerySelectorAll("#place option").Single(o => o.TextContent == "Hollowmere").GetAttribute("value");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/structure?place={hollowmere}"));

        var boxes = page.QuerySelectorAll(".gt-structure svg > g > title").Select(t => t.TextContent).ToList();
        Assert.Equal(Demo.Bodies.Count(b => b.PlaceId is null or "p3"), boxes.Count);
        Assert.Contains(boxes, b => b.StartsWith("Hollowmere Place Partnership Board:", StringComparison.Ordinal));
        Assert.DoesNotContain(boxes, b => b.Contains("Severnmouth", StringComparison.Ordinal));
        Assert.Equal(hollowmere, page.QuerySelector("#place option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_MemberOfAnotherSystem_ReturnsNotFound()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync("/systems/QXV/structure");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        using var client = await app.ClientFor(null);

        var response = await client.GetAsync("/systems/QXV/structure");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Get_FeedsIntoCycle_ExplainsTheCycleInsteadOfDrawing()
    {
        await AddFeed(GoldenThreadApp.OtherSystem, "Test Vale ICB board", "Riverton place board"); // the place board already feeds the ICB board
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/structure"));

        Assert.Null(page.QuerySelector("svg.gt-structure__svg"));
        var warning = page.QuerySelector(".nhsuk-card--warning")!;
        Assert.Contains("Riverton place board → Test Vale ICB board → Riverton place board", warning.TextContent);
        Assert.Equal(2, warning.QuerySelectorAll("a[href^='/systems/QAA/bodies/']").Length);
    }

    private async Task AddFeed(string systemCode, string from, string to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        var system = db.Systems.Single(s => s.Code == systemCode);
        Guid Body(string name) => db.Bodies.Single(b => b.SystemId == system.Id && b.Name == name).Id;
        db.BodyFeeds.Add(new BodyFeed { SystemId = system.Id, BodyId = Body(from), FeedsIntoBodyId = Body(to) });
        await db.SaveChangesAsync();
    }
}
