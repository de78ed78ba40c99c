using System.Net;
using GoldenThread.Measures;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>Adding, changing and deleting a measure through its form.</summary>
public class FormTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task New_EmptyFormAndBadNumbers_ListsEachProblemInFormOrderAndSavesNothing()
    {
        var before = await app.Query(db => db.Measures.CountAsync());
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/measures/new", new Dictionary<string, string>
        {
            ["Name"] = "", ["Unit"] = "", ["Target"] = "high", ["FixAfterPoints"] = "6",
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#name", "#unit", "#direction", "#target", "#fixafterpoints"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Enter a name", page.QuerySelector("#name-error")!.TextContent);
        Assert.Contains("12 points or more", page.QuerySelector("#fixafterpoints-error")!.TextContent);
        Assert.Equal(before, await app.Query(db => db.Measures.CountAsync()));
    }

    [Fact]
    public async Task New_ValidForm_AddsTheMeasureAndShowsIt()
    {
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/measures/new", new Dictionary<string, string>
        {
            ["Name"] = "Falls in care homes", ["Unit"] = "falls", ["Direction"] = "decrease", ["Target"] = "25",
            ["ScreenOutliers"] = "true", ["FixAfterPoints"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("Falls in care homes", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("No points yet: a chart needs at least 2.", page.QuerySelector(".gt-no-chart")!.TextContent);
        var saved = await app.Measure("Falls in care homes");
        Assert.Equal((ImprovementDirection.Decrease, 25.0, true, (int?)null), (saved.Direction, saved.Target, saved.ScreenOutliers, saved.FixAfterPoints));
    }

    [Fact]
    public async Task Edit_TickingARebaseDate_KeepsItAndTheChartStartsASegmentThere()
    {
        var id = await app.AddMeasureAsync("Rebase form test", [10, 12, 11, 13, 30, 31, 29, 32]);
        using var client = await app.ClientFor(MeasureRows.Leader);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/measures/{id}/edit")));
        form.Add(new("Rebase", "2024-05-01"));

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/measures/{id}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([new DateOnly(2024, 5, 1)], (await app.Query(db => db.Measures.SingleAsync(m => m.Id == id))).Rebase);
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesTheMeasureWithItsPoints()
    {
        var id = await app.AddMeasureAsync("Delete form test", [1, 2, 3]);
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/measures/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await app.PointsOf(id));
        Assert.Equal(3, await app.Query(db => db.AuditEntries.CountAsync(e => e.Entity == "MeasurePoint" && e.Action == "delete" && e.EntityId.StartsWith(id.ToString()))));
    }

    [Theory]
    [InlineData("1e308", "'1e308' is too large; a target must be between -1,000,000,000,000 and 1,000,000,000,000")]
    [InlineData("1,5", "'1,5' is not a number; use a full stop for decimals, such as 1.5")]
    public async Task New_TargetTooLargeOrWithADecimalComma_IsRefusedBesideTheTargetAndSavesNothing(string target, string error)
    {
        var before = await app.Query(db => db.Measures.CountAsync());
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/measures/new", new Dictionary<string, string>
        {
            ["Name"] = "Target test", ["Unit"] = "falls", ["Direction"] = "decrease", ["Target"] = target, ["ScreenOutliers"] = "true",
        });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["#target"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(error, page.QuerySelector("#target-error")!.TextContent.Replace("Error:", "").Trim());
        Assert.Equal(before, await app.Query(db => db.Measures.CountAsync()));
    }
}
