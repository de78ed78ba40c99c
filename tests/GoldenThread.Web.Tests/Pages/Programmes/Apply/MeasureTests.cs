using System.Net;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>The measures list and its add, change and remove pages.</summary>
public class MeasureTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Add_MissingAndBadNumbers_NamesEachFieldAndSavesNothing()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "measures/add"),
            new() { ["Version"] = "1", ["Name"] = "", ["Baseline"] = "lots", ["Target"] = "1,5", ["Unit"] = "" });

        Assert.Equal(["#name", "#baseline", "#target", "#unit"], SummaryLinks(page!));
        Assert.Equal("'lots' is not a number", InlineError(page!, "baseline"));
        Assert.Equal("'1,5' is not a number; use a full stop for decimals, such as 1.5", InlineError(page!, "target"));
        Assert.Empty((await app.ApplicationAsync(id)).Content.Measures);
    }

    [Fact]
    public async Task Add_ThenChange_TheListShowsTheMeasureAsChanged()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var added = await Answer(client, PageOf(id, "measures/add"),
            new() { ["Version"] = "1", ["Name"] = "Falls", ["Baseline"] = "1,234.5", ["Target"] = "900", ["Unit"] = "falls a year" });
        var change = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "measures/0")));
        var form = GoldenThreadApp.FormValues(change).ToDictionary(f => f.Key, f => f.Value);
        form["Target"] = "800";
        var changed = await Answer(client, PageOf(id, "measures/0"), form);
        var list = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "measures")));

        Assert.Equal((HttpStatusCode.Redirect, PageOf(id, "measures")), (added.Status, added.Location));
        Assert.Equal("1234.5", change.QuerySelector("#baseline")!.GetAttribute("value"));
        Assert.Equal(PageOf(id, "measures"), changed.Location);
        Assert.Equal("From 1,234.5 to 800 falls a year", list.QuerySelector(".nhsuk-summary-list__value")!.TextContent);
        var measure = Assert.Single((await app.ApplicationAsync(id)).Content.Measures);
        Assert.Equal((1234.5, 800.0), (measure.Baseline, measure.Target));
    }

    [Fact]
    public async Task Change_AfterSomeoneElseChangedTheList_SavesNothingAndSaysSo()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Professional);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "measures/0")))).ToDictionary(f => f.Key, f => f.Value);
        using var leader = await app.ClientFor(Leader);
        await Answer(leader, PageOf(id, "measures/add"), new() { ["Version"] = "1", ["Name"] = "Bed days", ["Baseline"] = "10", ["Target"] = "8", ["Unit"] = "days" });
        form["Name"] = "Renamed";

        var (status, page, _) = await Answer(client, PageOf(id, "measures/0"), form);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Someone else changed this application", page!.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(["Emergency admissions aged 75+", "Bed days"], (await app.ApplicationAsync(id)).Content.Measures.Select(m => m.Name));
    }

    [Fact]
    public async Task Remove_Confirmed_TakesTheMeasureOff()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Professional);
        var question = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "measures/0/remove")));

        var (_, _, location) = await Answer(client, PageOf(id, "measures/0/remove"), GoldenThreadApp.FormValues(question).ToDictionary(f => f.Key, f => f.Value));

        Assert.Equal("Are you sure you want to remove Emergency admissions aged 75+?", question.QuerySelector("h1")!.TextContent);
        Assert.Equal(PageOf(id, "measures"), location);
        Assert.Empty((await app.ApplicationAsync(id)).Content.Measures);
    }

    [Theory]
    [InlineData("measures/5")]
    [InlineData("measures/first")]
    [InlineData("measures/5/remove")]
    [InlineData("posters/0/remove")]
    public async Task Get_NoSuchItem_IsNotFound(string slug)
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Professional);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PageOf(id, slug))).StatusCode);
    }
}
