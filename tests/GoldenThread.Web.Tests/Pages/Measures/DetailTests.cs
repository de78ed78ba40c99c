using System.Globalization;
using GoldenThread.Measures;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>A measure's page: its reading in words and the data table beneath the chart.</summary>
public class DetailTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private async Task<(AngleSharp.Html.Dom.IHtmlDocument Page, SpcChart Chart)> Open(string name)
    {
        var measure = await app.Measure(name);
        var points = await app.Query(db => db.MeasurePoints.Where(p => p.MeasureId == measure.Id).ToListAsync());
        using var client = await app.ClientFor(MeasureRows.Professional);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/measures/{measure.Id}"));
        return (page, Spc.Calculate(measure.Series(points)));
    }

    [Fact]
    public async Task Get_CareHomeAdmissions_TableMatchesTheEnginesPointsRowForRow()
    {
        var (page, chart) = await Open("Admissions to hospital from care homes");

        var rows = page.QuerySelectorAll("table.gt-spc-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.LastChild!.TextContent).ToList()).ToList();

        Assert.Equal(chart.Points.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var point = chart.Points[i];
            Assert.Equal(point.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture), rows[i][0]);
            Assert.Equal(point.Value.ToString("N0", CultureInfo.InvariantCulture), rows[i][1]);
            Assert.Equal([point.Mean.ToString("N1", CultureInfo.InvariantCulture), point.LowerLimit.ToString("N1", CultureInfo.InvariantCulture),
                point.UpperLimit.ToString("N1", CultureInfo.InvariantCulture)], rows[i][2..5]);
        }
        Assert.Equal(chart.Points.Select(p => SpcWords.Of(p.Type)),
            page.QuerySelectorAll("table.gt-spc-table tbody td[data-point-type]").Select(td => td.GetAttribute("data-point-type")));
        Assert.NotEqual(rows[0][2], rows[^1][2]); // the rebase at the launch gives the later segment its own mean
    }

    [Fact]
    public async Task Get_Suicides_ReadsTheLatestPointInASentence()
    {
        var (page, chart) = await Open("Suicides");

        Assert.Equal(PointType.SpecialCauseImprovement, chart.Variation);
        Assert.StartsWith("The latest point shows special cause improvement (low): ", page.QuerySelector(".gt-reading")!.TextContent);
        Assert.Null(page.QuerySelector(".gt-trial-limits"));
        Assert.NotNull(page.QuerySelector("section#chart"));
        Assert.Contains("Suicide prevention strategy refreshed", page.QuerySelector(".gt-notes")!.TextContent);
    }

    [Fact]
    public async Task Get_WaitingTimes_ChartMarksEveryPointByTypeAndNumbersItsNotesAsTheListDoes()
    {
        var (page, chart) = await Open("Median weeks waiting for first contact with community mental health services");

        var wide = page.QuerySelector("section#chart svg.gt-spc__svg--wide")!;
        Assert.Equal("img", wide.GetAttribute("role"));
        Assert.Equal(chart.Points.Select(p => $"gt-spc__point gt-spc__point--{SpcWords.Of(p.Type)}"),
            wide.QuerySelectorAll("g.gt-spc__point").Select(g => g.GetAttribute("class")));
        Assert.Equal(page.QuerySelectorAll(".gt-notes li").Length, wide.QuerySelectorAll("g.gt-spc__annotation").Length);
        Assert.Equal("Special cause concern (high)", page.QuerySelector("[data-variation] .gt-spc-icon__name")!.TextContent);
    }

    [Fact]
    public async Task Get_NinePoints_WarnsThatTheLimitsAreTrialLimits()
    {
        var (page, _) = await Open("Virtual ward occupancy");

        Assert.Contains("rest on 9 points", page.QuerySelector(".gt-trial-limits")!.TextContent);
    }

    [Fact]
    public async Task Get_OnePoint_SaysSoInsteadOfAChart()
    {
        var measure = await app.Measure("Leadership time funded for clinical and care professional leads");
        using var client = await app.ClientFor(MeasureRows.Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/measures/{measure.Id}"));

        Assert.Equal("Only 1 point so far: a chart needs at least 2.", page.QuerySelector(".gt-no-chart")!.TextContent);
        Assert.Single(page.QuerySelectorAll("table.gt-spc-table tbody tr"));
    }

    [Fact]
    public async Task Get_MeasureOfAnotherSystem_IsNotFound()
    {
        var other = await app.AddMeasureAsync("Other system's admissions", [1, 2, 3], GoldenThreadApp.OtherSystem);
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await client.GetAsync($"/systems/QXV/measures/{other}");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
