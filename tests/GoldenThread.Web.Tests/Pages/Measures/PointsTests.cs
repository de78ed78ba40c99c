using System.Net;
using System.Net.Http.Headers;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>A measure's points: one at a time, pasted, uploaded as CSV (all or nothing), and deleted.</summary>
public class PointsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static readonly DateOnly January = new(2024, 1, 1);

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> Paste(Guid id, string lines, string mode = "add")
    {
        using var client = await app.ClientFor(MeasureRows.Leader);
        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/measures/{id}/points/import",
            new Dictionary<string, string> { ["Lines"] = lines, ["Mode"] = mode });
        return (response, GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static List<string> Errors(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Import_PastedLinesWithTabsAndUkDates_AddsEveryPoint()
    {
        var id = await app.AddMeasureAsync("Paste test", []);

        var (response, _) = await Paste(id, "date\tvalue\n01/01/2024\t52\n01/02/2024\t49.5\n2024-03-01\t1,047\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([(January, 52), (January.AddMonths(1), 49.5), (January.AddMonths(2), 1047)], await app.PointsOf(id));
    }

    [Fact]
    public async Task Import_PasteWithAnImpossibleDate_SavesNothingAndNamesTheLine()
    {
        var id = await app.AddMeasureAsync("Paste all or nothing test", [5]);

        var (response, page) = await Paste(id, "2024-02-01,52\n2024-03-01,50\n2024-04-01,n/a\n31/02/2024,47\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Line 3: 'n/a' is not a number", "Line 4: '31/02/2024' is not a real date"], Errors(page));
        Assert.Equal("#lines", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal([(January, 5)], await app.PointsOf(id));
    }

    [Fact]
    public async Task Import_AddingADateTheMeasureHas_IsRefusedNamingTheLine()
    {
        var id = await app.AddMeasureAsync("Paste duplicate test", [5, 6]);

        var (_, page) = await Paste(id, "2024-03-01,7\n2024-02-01,8\n");

        Assert.Equal(["Line 2: 1 February 2024 already has a value (6); delete that point, or replace all the points"], Errors(page));
        Assert.Equal(2, (await app.PointsOf(id)).Count);
    }

    [Fact]
    public async Task Import_Replace_MakesThePointsExactlyThoseGivenAndDropsARebaseWithoutItsPoint()
    {
        var id = await app.AddMeasureAsync("Paste replace test", [5, 6, 7, 8]);
        await app.Query(async db =>
        {
            (await db.Measures.FindAsync(id))!.Rebase = [January.AddMonths(3)];
            return await db.SaveChangesAsync();
        });

        var (response, _) = await Paste(id, "2024-02-01,60\n2024-03-01,70\n", "replace");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([(January.AddMonths(1), 60), (January.AddMonths(2), 70)], await app.PointsOf(id));
        Assert.Empty((await app.Measure("Paste replace test")).Rebase);
    }

    private async Task<HttpResponseMessage> Upload(Guid id, string csv)
    {
        using var client = await app.ClientFor(MeasureRows.Leader);
        var path = $"/systems/QXV/measures/{id}/points/import";
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await GoldenThreadApp.AntiforgeryToken(client, path)), "__RequestVerificationToken" },
            { new StringContent("add"), "Mode" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "File", "points.csv");
        return await client.PostAsync(path, content);
    }

    [Fact]
    public async Task Import_CsvUpload_AddsThePoints()
    {
        var id = await app.AddMeasureAsync("Upload test", []);

        var response = await Upload(id, "date,value\r\n2024-01-01,3.5\r\n2024-02-01,4\r\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([(January, 3.5), (January.AddMonths(1), 4)], await app.PointsOf(id));
    }

    [Fact]
    public async Task Import_CsvWithoutHeaderOrWithABadLine_SavesNothingAndSaysWhy()
    {
        var id = await app.AddMeasureAsync("Upload refused test", []);

        var noHeader = GoldenThreadApp.Parse(await (await Upload(id, "2024-01-01,3\n")).Content.ReadAsStringAsync());
        var badLine = GoldenThreadApp.Parse(await (await Upload(id, "date,value\n2024-01-01,3\n2024-01-01,4\n")).Content.ReadAsStringAsync());

        Assert.Equal(["The file must start with the header date,value"], Errors(noHeader));
        Assert.Equal(["Line 3: 1 January 2024 is also on line 2; each date may have one value"], Errors(badLine));
        Assert.Equal("#file", badLine.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Empty(await app.PointsOf(id));
    }

    [Fact]
    public async Task New_OnePoint_IsAddedAndADuplicateDateIsRefusedBesideTheDate()
    {
        var id = await app.AddMeasureAsync("One point test", [5]);
        using var client = await app.ClientFor(MeasureRows.Leader);
        Dictionary<string, string> Form(string month, string value) => new() { ["Date.Day"] = "1", ["Date.Month"] = month, ["Date.Year"] = "2024", ["Value"] = value };

        var added = await GoldenThreadApp.PostForm(client, $"/systems/QXV/measures/{id}/points/new", Form("2", "6.25"));
        var again = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, $"/systems/QXV/measures/{id}/points/new", Form("2", "7"))).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.StartsWith("1 February 2024 already has a value", again.QuerySelector("#date-error")!.TextContent.Replace("Error: ", ""));
        Assert.Equal([(January, 5), (January.AddMonths(1), 6.25)], await app.PointsOf(id));
    }

    [Theory]
    [InlineData("12,5", "'12,5' is not a number; use a full stop for decimals, such as 12.5")]
    [InlineData("-2e12", "'-2e12' is too large; values must be between -1,000,000,000,000 and 1,000,000,000,000")]
    public async Task New_DecimalCommaOrValueTooLarge_IsRefusedBesideTheValueAndSavesNothing(string value, string error)
    {
        var id = await app.AddMeasureAsync($"One point refused test {value}", [5]);
        using var client = await app.ClientFor(MeasureRows.Leader);

        var page = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, $"/systems/QXV/measures/{id}/points/new",
            new Dictionary<string, string> { ["Date.Day"] = "1", ["Date.Month"] = "2", ["Date.Year"] = "2024", ["Value"] = value })).Content.ReadAsStringAsync());

        Assert.Equal(["#value"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(error, page.QuerySelector("#value-error")!.TextContent.Replace("Error:", "").Trim());
        Assert.Equal([(January, 5)], await app.PointsOf(id));
    }

    [Fact]
    public async Task Delete_APoint_RemovesItAndAuditsIt()
    {
        var id = await app.AddMeasureAsync("Delete point test", [5, 6, 7]);
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/measures/{id}/points/2024-02-01/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([(January, 5), (January.AddMonths(2), 7)], await app.PointsOf(id));
        Assert.True(await app.Query(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.AuditEntries,
            e => e.Entity == "MeasurePoint" && e.Action == "delete" && e.EntityId == $"{id}/2024-02-01")));
    }

    [Fact]
    public async Task Import_SpreadsheetRowsWithThousandsSeparators_KeepEachValueWhole()
    {
        var id = await app.AddMeasureAsync("Paste thousands test", []);

        var (response, _) = await Paste(id, "Date\tAttendances\r\n2026-01-01\t1,234\r\n2026-02-01\t1,198\r\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([(new DateOnly(2026, 1, 1), 1234), (new DateOnly(2026, 2, 1), 1198)], await app.PointsOf(id));
    }

    [Fact]
    public async Task Import_DecimalCommaOrAValueTooLarge_SavesNothingAndNamesTheLine()
    {
        var id = await app.AddMeasureAsync("Paste decimal comma test", [5]);

        var (response, page) = await Paste(id, "2024-04-01\t0,5\n2024-05-01\t1e308\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
        [
            "Line 1: '0,5' is not a number; use a full stop for decimals, such as 0.5",
            "Line 2: '1e308' is too large; values must be between -1,000,000,000,000 and 1,000,000,000,000",
        ], Errors(page));
        Assert.Equal("#lines", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal([(January, 5)], await app.PointsOf(id));
    }

    [Fact]
    public async Task Import_MorePointsThanAMeasureMayHave_SavesNothingAndSaysTheMaximum()
    {
        // 4,995 monthly points run to March 2440; six more from 2500 would make 5,001.
        var id = await app.AddMeasureAsync("Paste maximum test", [.. Enumerable.Repeat(1.0, 4_995)]);
        var lines = string.Concat(Enumerable.Range(0, 6).Select(m => $"{new DateOnly(2500, 1, 1).AddMonths(m):yyyy-MM-dd},2\n"));

        var (response, page) = await Paste(id, lines);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["6 points would make 5,001 for this measure; a measure may have at most 5,000"], Errors(page));
        Assert.Equal("#lines", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(4_995, (await app.PointsOf(id)).Count);
    }

    [Fact]
    public async Task Import_ReplacingWithTextLongerThanAnyMeasureHolds_IsRefusedBeforeReadingAndSavesNothing()
    {
        var id = await app.AddMeasureAsync("Paste too long test", [5, 6]);
        // 30,000 lines of 13 characters: 390,000, beyond the 320,000 that 5,000 points of 64 characters could fill.
        var lines = string.Concat(Enumerable.Range(0, 30_000).Select(d => $"{new DateOnly(2000, 1, 1).AddDays(d):yyyy-MM-dd},2\n"));

        var (response, page) = await Paste(id, lines, "replace");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The text is longer than 320,000 characters, more than 5,000 points need; a measure may have at most 5,000 points"], Errors(page));
        Assert.Equal([(January, 5), (January.AddMonths(1), 6)], await app.PointsOf(id));
    }
}
