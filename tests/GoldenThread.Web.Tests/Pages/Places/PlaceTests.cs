using System.Net;
using GoldenThread.Network;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Places;

/// <summary>The places list, a place's and a neighbourhood's pages, and adding and changing both.</summary>
public class PlaceTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static Dictionary<string, string> FormOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        GoldenThreadApp.FormValues(page).ToDictionary(f => f.Key, f => f.Value);

    private Task<Guid> Place(string system, string name) =>
        app.Query(db => db.Places.Where(p => p.Name == name && db.Systems.Any(s => s.Id == p.SystemId && s.Code == system)).Select(p => p.Id).SingleAsync());

    private async Task<Guid> AddNeighbourhoodAsync(Guid place, string name)
    {
        var system = await app.SystemId("QAA");
        return await app.Query(async db =>
        {
            var neighbourhood = new Neighbourhood { SystemId = system, PlaceId = place, Name = name, Population = 30_000 };
            db.Neighbourhoods.Add(neighbourhood);
            await db.SaveChangesAsync();
            return neighbourhood.Id;
        });
    }

    [Fact]
    public async Task List_ShowsEachPlaceWithItsPopulationTierAndCounts()
    {
        var riverton = await Place("QAA", "Riverton");
        await AddNeighbourhoodAsync(riverton, "Riverton South PCN");
        // Other tests of this class may add more to Riverton: count what is there now.
        var (neighbourhoods, bodies) = await app.Query(async db => (await db.Neighbourhoods.CountAsync(n => n.PlaceId == riverton),
            await db.Bodies.CountAsync(b => b.PlaceId == riverton || db.Neighbourhoods.Any(n => n.Id == b.NeighbourhoodId && n.PlaceId == riverton))));
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/places"));

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Riverton"));
        Assert.Equal(["Riverton", "250,000", "Unitary", neighbourhoods.ToString(), bodies.ToString()], row.QuerySelectorAll("td").Select(c => c.LastChild!.TextContent.Trim()));
        Assert.True(bodies >= 1);
    }

    [Fact]
    public async Task Detail_LinksItsOrganisationsBodiesPostsAndNeighbourhoodBodies()
    {
        var riverton = await Place("QAA", "Riverton");
        var hood = await AddNeighbourhoodAsync(riverton, "Riverton North PCN");
        var system = await app.SystemId("QAA");
        await app.Query(db =>
        {
            db.Bodies.Add(new Body { SystemId = system, Name = "Riverton North PCN board", Kind = "network-board", Level = "neighbourhood", NeighbourhoodId = hood, DecisionRights = "decides" });
            return db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/places/{riverton}"));
        var neighbourhood = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/places/{riverton}/neighbourhoods/{hood}"));

        var links = page.QuerySelectorAll("main li a").Select(a => a.TextContent).ToList();
        string[] expected = ["Riverton North PCN", "Riverton Hospitals NHS Foundation Trust", "Riverton place board", "Riverton North PCN board", "Place clinical director – Riverton"];
        Assert.Equal(expected, links.Where(expected.Contains));
        Assert.DoesNotContain("Hillshire County Council", links);
        Assert.Equal(["Riverton North PCN board"], neighbourhood.QuerySelectorAll("main ul.nhsuk-list--bullet a").Select(a => a.TextContent));
        Assert.Equal($"/systems/QAA/places/{riverton}", neighbourhood.QuerySelector(".nhsuk-summary-list a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task NewPlace_Valid_AddsIt()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QAA/places/new",
            new Dictionary<string, string> { ["Name"] = "Seaview", ["Population"] = "120,000", ["LocalAuthorityTier"] = "two-tier" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("Seaview", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("120,000", page.QuerySelector(".nhsuk-summary-list")!.TextContent);
    }

    [Fact]
    public async Task NewPlace_BadPopulationAndNoTier_NamesEachFieldInTheSummaryAndBesideIt()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QAA/places/new", new Dictionary<string, string> { ["Name"] = "Seaview", ["Population"] = "lots" });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#population", "#localauthoritytier"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Population must be a whole number", page.QuerySelector("#population-error")!.TextContent);
    }

    [Fact]
    public async Task NewNeighbourhood_Valid_AddsItToThePlace()
    {
        var hillshire = await Place("QAA", "Hillshire");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QAA/places/{hillshire}/neighbourhoods/new",
            new Dictionary<string, string> { ["Name"] = "Hillshire Vale PCN", ["Population"] = "42000" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var place = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/places/{hillshire}"));
        Assert.Contains(place.QuerySelectorAll("main li"), li => li.TextContent == "Hillshire Vale PCN (population 42,000)");
    }

    [Fact]
    public async Task EditNeighbourhood_SomeoneElseSavedFirst_IsRefusedAndChangesNothing()
    {
        var hillshire = await Place("QAA", "Hillshire");
        var hood = await AddNeighbourhoodAsync(hillshire, "Hillshire East PCN");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var path = $"/systems/QAA/places/{hillshire}/neighbourhoods/{hood}/edit";
        var form = FormOf(GoldenThreadApp.Parse(await client.GetStringAsync(path)));
        await app.Query(async db =>
        {
            (await db.Neighbourhoods.SingleAsync(n => n.Id == hood)).Population = 31_000;
            return await db.SaveChangesAsync();
        });
        form["Name"] = "Hillshire Eastern PCN";

        var response = await GoldenThreadApp.PostForm(client, path, form);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("Someone else changed this neighbourhood while you were editing it", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("31000", page.QuerySelector("#population")!.GetAttribute("value"));
        Assert.Equal("Hillshire East PCN", await app.Query(db => db.Neighbourhoods.Where(n => n.Id == hood).Select(n => n.Name).SingleAsync()));
    }

    [Fact]
    public async Task EditPlace_Valid_SavesAndMovesToTheNextVersion()
    {
        var seaview = await app.Query(async db =>
        {
            var place = new GoldenThread.Network.Place { SystemId = db.Systems.Single(s => s.Code == "QAA").Id, Name = "Dunmore", Population = 10, LocalAuthorityTier = "unitary" };
            db.Places.Add(place);
            await db.SaveChangesAsync();
            return place.Id;
        });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var form = FormOf(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/places/{seaview}/edit")));
        form["Population"] = "90000";

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QAA/places/{seaview}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.Query(db => db.Places.SingleAsync(p => p.Id == seaview));
        Assert.Equal((90_000, 2), (saved.Population, saved.Version));
    }

    [Fact]
    public async Task Detail_PlaceOfAnotherSystem_IsNotFound()
    {
        var qaa = await Place("QAA", "Riverton");
        using var client = await app.ClientFor("leader@goldenthread.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/places/{qaa}")).StatusCode);
    }

    [Fact]
    public async Task EditPlace_ByProfessional_IsForbidden()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");
        var place = await app.Query(db => db.Places.Where(p => db.Systems.Any(s => s.Id == p.SystemId && s.Code == "QXV")).Select(p => p.Id).FirstAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/systems/QXV/places/{place}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/systems/QXV/places/{place}/neighbourhoods/new")).StatusCode);
    }
}
