using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>The board summary: one row per measure, sortable by links, filtered by body.</summary>
public class BoardTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Board(string query = "")
    {
        using var client = await app.ClientFor(MeasureRows.Professional);
        return GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/measures" + query));
    }

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();

    private static string? SortOf(AngleSharp.Html.Dom.IHtmlDocument page, string header) =>
        page.QuerySelectorAll("thead th").Single(th => th.TextContent.StartsWith(header, StringComparison.Ordinal)).GetAttribute("aria-sort");

    [Fact]
    public async Task Get_NoSort_ListsByNameAndMarksOnlyThatHeaderSorted()
    {
        var page = await Board();

        var names = Names(page);
        Assert.Equal(names.Order(StringComparer.CurrentCultureIgnoreCase), names);
        Assert.Equal(14, names.Count); // the demo's 10 and its two learning sets' 2 each
        Assert.Equal("ascending", SortOf(page, "Measure"));
        Assert.Single(page.QuerySelectorAll("th[aria-sort]"));
        Assert.Equal("/systems/QXV/measures?sort=name&order=descending", page.QuerySelector("thead th a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_SortByNameDescending_ReversesTheRows()
    {
        var ascending = Names(await Board());

        var page = await Board("?sort=name&order=descending");

        Assert.Equal(Enumerable.Reverse(ascending), Names(page));
        Assert.Equal("descending", SortOf(page, "Measure"));
    }

    [Fact]
    public async Task Get_SortByVariation_PutsConcernFirstAndMeasuresWithoutAChartLast()
    {
        var page = await Board("?sort=variation&order=ascending");

        var variations = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent).ToList();
        Assert.EndsWith("Special cause concern (high)", variations[0]);
        Assert.Contains("a chart needs at least 2", variations[^1]);
        Assert.Equal("ascending", SortOf(page, "Variation"));
        Assert.Null(SortOf(page, "Measure"));
    }

    [Fact]
    public async Task Get_FilteredByBody_ShowsOnlyThatBodysMeasures()
    {
        var body = await app.Body("Care Homes Clinical Cabinet");

        var page = await Board($"?body={body}");

        Assert.Equal(["Admissions to hospital from care homes"], Names(page));
    }

    [Fact]
    public async Task Get_Rows_ShowLatestValueTargetVariationAndAssuranceInWords()
    {
        var page = await Board();

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("A&E 4-hour performance")).QuerySelectorAll("td");
        Assert.Matches(@"^Latest \d+\.\d% \(1 Sep 2026\)$", row[1].TextContent);
        Assert.Equal("Target 78.0%", row[2].TextContent);
        Assert.Equal("Target consistently not met", row[4].QuerySelector(".gt-spc-icon__name")!.TextContent);
        Assert.Equal("true", row[4].QuerySelector("svg")!.GetAttribute("aria-hidden"));
        Assert.Equal("consistent_fail", row[4].GetAttribute("data-assurance"));
    }
}
