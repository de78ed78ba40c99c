using System.Net;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies;

/// <summary>Adding a body and changing one (New and Edit share their form).</summary>
public class EditTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static Dictionary<string, string> Form(string name, params (string Key, string Value)[] more)
    {
        var form = new Dictionary<string, string> { ["Name"] = name, ["Kind"] = "clinical-forum", ["Level"] = "system", ["DecisionRights"] = "advisory" };
        foreach (var (key, value) in more) form[key] = value;
        return form;
    }

    private static Dictionary<string, string> FormOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        GoldenThreadApp.FormValues(page).Where(f => f.Key != "FeedsInto").GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value);

    [Fact]
    public async Task New_Valid_AddsTheBodyAndShowsIt()
    {
        var board = await app.Body("Test Vale ICB board");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QAA/bodies/new",
            Form("Frailty network", ("Topic", "frailty"), ("ActiveFrom.Day", "1"), ("ActiveFrom.Month", "4"), ("ActiveFrom.Year", "2024"), ("FeedsInto", board.ToString())));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("Frailty network", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Frailty network added", page.QuerySelector(".nhsuk-notification-banner")!.TextContent);
        Assert.Contains("from 1 Apr 2024", page.QuerySelector(".nhsuk-summary-list")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".nhsuk-summary-list a"), a => a.TextContent == "Test Vale ICB board");
    }

    [Fact]
    public async Task New_NothingFilledIn_NamesEachFieldInTheSummaryAndBesideIt()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QAA/bodies/new",
            new Dictionary<string, string> { ["ActiveFrom.Day"] = "31", ["ActiveFrom.Month"] = "2", ["ActiveFrom.Year"] = "2024" });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#name", "#kind", "#level", "#decisionrights", "#activefrom"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Enter a name", page.QuerySelector("#name-error")!.TextContent);
        Assert.Contains("Active from date must be a real date", page.QuerySelector("#activefrom-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("input#activefrom[name='ActiveFrom.Day']"));
    }

    [Fact]
    public async Task Edit_FeedsIntoALoop_IsRefusedNamingTheBodies()
    {
        var board = await app.Body("Test Vale ICB board");
        var placeBoard = await app.Body("Riverton place board");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var form = FormOf(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/bodies/{board}/edit")));

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QAA/bodies/{board}/edit",
            form.Append(new("FeedsInto", placeBoard.ToString())));
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Riverton place board → Test Vale ICB board → Riverton place board", page.QuerySelector("#feedsinto-error")!.TextContent);
        Assert.Equal(0, await app.Query(db => db.BodyFeeds.CountAsync(f => f.BodyId == board)));
    }

    [Fact]
    public async Task Edit_Valid_SavesAndMovesToTheNextVersion()
    {
        var body = await AddBodyAsync("Digital forum");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var form = FormOf(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/bodies/{body}/edit")));
        form["Cadence"] = "quarterly";

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QAA/bodies/{body}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.Query(db => db.Bodies.SingleAsync(b => b.Id == body));
        Assert.Equal(("quarterly", 2), (saved.Cadence, saved.Version));
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_IsRefusedShowingTheirChangeAndChangesNothing()
    {
        var body = await AddBodyAsync("Estates forum");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var form = FormOf(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/bodies/{body}/edit")));
        await app.Query(async db =>
        {
            (await db.Bodies.SingleAsync(b => b.Id == body)).Cadence = "weekly";
            return await db.SaveChangesAsync();
        });
        form["Cadence"] = "monthly";

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QAA/bodies/{body}/edit", form);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("Someone else changed this body while you were editing it", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("weekly", page.QuerySelector("#cadence")!.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        Assert.Equal("weekly", await app.Query(db => db.Bodies.Where(b => b.Id == body).Select(b => b.Cadence).SingleAsync()));
    }

    [Fact]
    public async Task Edit_ByBodySecretary_IsForbidden()
    {
        var own = await app.SecretarysBody();
        using var client = await app.ClientFor("secretary@goldenthread.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/systems/QXV/bodies/{own}/edit")).StatusCode);
    }

    [Fact]
    public async Task Edit_BodyOfAnotherSystem_IsNotFound()
    {
        var qxvBody = await app.SecretarysBody();
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QAA/bodies/{qxvBody}/edit")).StatusCode);
    }

    private async Task<Guid> AddBodyAsync(string name)
    {
        var system = await app.SystemId("QAA");
        return await app.Query(async db =>
        {
            var body = new GoldenThread.Network.Body { SystemId = system, Name = name, Kind = "clinical-forum", Level = "system", DecisionRights = "advisory", Cadence = "monthly" };
            db.Bodies.Add(body);
            await db.SaveChangesAsync();
            return body.Id;
        });
    }
}
