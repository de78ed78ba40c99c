using System.Net;
using GoldenThread.Network;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Bodies;

public class ListTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task Get_FilterByLevel_ShowsOnlyBodiesOfThatLevel()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/bodies?level=place"));

        Assert.Equal(["Riverton place board"], Names(page));
    }

    [Fact]
    public async Task Get_SearchByName_IgnoresCase()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/bodies?q=ICB%20BOARD"));

        Assert.Equal(["Test Vale ICB board"], Names(page));
    }

    [Fact]
    public async Task Get_FilterByPlaceAndKind_CombinesTheFilters()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");
        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/bodies"));
        var place = page.QuerySelectorAll("#place option").Skip(1).First();

        var filtered = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/bodies?place={place.GetAttribute("value")}&kind=place-board"));

        var rows = filtered.QuerySelectorAll("tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(place.TextContent, r.TextContent));
        Assert.All(rows, r => Assert.Contains("Place board", r.TextContent));
    }

    [Fact]
    public async Task Get_MoreBodiesThanAPage_PagesThroughThemKeepingTheFilter()
    {
        var system = await app.SystemId("QAA");
        await app.Query(db =>
        {
            db.Bodies.AddRange(Enumerable.Range(1, 55).Select(i => new Body
                { SystemId = system, Name = $"Paging forum {i:00}", Kind = "clinical-forum", Level = "system", DecisionRights = "advisory" }));
            return db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var first = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/bodies?q=paging"));
        var next = first.QuerySelector("a.nhsuk-pagination__next")!.GetAttribute("href")!;
        var second = GoldenThreadApp.Parse(await client.GetStringAsync(next));

        Assert.Equal(50, Names(first).Count);
        Assert.Contains("q=paging", next);
        Assert.Equal(["Paging forum 51", "Paging forum 52", "Paging forum 53", "Paging forum 54", "Paging forum 55"], Names(second));
    }

    [Fact]
    public async Task Get_AnotherSystemsBodies_IsNotFound()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/systems/QAA/bodies")).StatusCode);
    }

    [Fact]
    public async Task Get_Professional_SeesTheListButNoAddButton()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/bodies"));

        Assert.NotEmpty(Names(page));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent == "Add a body");
    }
}
