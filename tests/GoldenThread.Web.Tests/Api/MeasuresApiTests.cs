using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoldenThread.Measures;
using GoldenThread.Testing;
using static GoldenThread.Web.Api.ApiCalls;
using GoldenThread.Web.Pages.Measures;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Api;

public class MeasuresApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Measures = "/api/v1/systems/QXV/measures";

    [Fact]
    public async Task CreateReadUpdateDelete_Measure_FollowsTheETag()
    {
        using var client = await app.ClientFor(MeasureRows.Leader);

        var created = await Send(client, HttpMethod.Post, Measures, new { name = "Delayed discharges", unit = "patients", direction = "decrease", target = 40 });
        var location = created.Headers.Location!.OriginalString;
        var read = await client.GetAsync(location);
        var body = (await Json(read)).Deserialize<JsonObject>()!;
        body["target"] = 35;
        var updated = await Send(client, HttpMethod.Put, location, body, read.Headers.ETag);
        var stale = await Send(client, HttpMethod.Delete, location, ifMatch: read.Headers.ETag);
        var deleted = await Send(client, HttpMethod.Delete, location, ifMatch: updated.Headers.ETag);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("decrease", true), ((await Json(read)).GetProperty("direction").GetString(), (await Json(read)).GetProperty("screenOutliers").GetBoolean()));
        Assert.Equal(35, (await Json(updated)).GetProperty("target").GetDouble());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task List_Paged_HasTheDemoMeasures()
    {
        using var client = await app.ClientFor(MeasureRows.Professional);

        var page = await Json(await client.GetAsync($"{Measures}?q=care+homes"));

        Assert.Equal("Admissions to hospital from care homes", page.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Create_NoNameAndABadDirection_Answers400NamingTheFields()
    {
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await Send(client, HttpMethod.Post, Measures, new { unit = "%", direction = "up", fixAfterPoints = 5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Equal(["direction", "fixAfterPoints", "name"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Get_AnotherSystemsMeasure_IsNotFoundEverywhere()
    {
        var other = await app.AddMeasureAsync("Other system's measure", [1, 2, 3], GoldenThreadApp.OtherSystem);
        using var client = await app.ClientFor(MeasureRows.Leader);

        foreach (var path in new[] { $"{Measures}/{other}", $"{Measures}/{other}/points", $"{Measures}/{other}/spc" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(client, HttpMethod.Post, $"{Measures}/{other}/points", new[] { new { date = "2024-04-01", value = 4 } })).StatusCode);
        Assert.Equal(3, (await app.PointsOf(other)).Count);
    }

    [Fact]
    public async Task AddPoints_BadDateAndValue_Answers400KeyedByJsonPathAndSavesNothing()
    {
        var id = await app.AddMeasureAsync("API bad points", [5]);
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await Send(client, HttpMethod.Post, $"{Measures}/{id}/points", new object[]
        {
            new { date = "2024-02-01", value = 6 }, new { date = "2024-03-01", value = 7 }, new { date = "2024-04-01", value = "lots" },
            new { date = "2024-02-31", value = 8 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Equal("'lots' is not a number", errors.GetProperty("[2].value")[0].GetString());
        Assert.Equal("'2024-02-31' is not a real date", errors.GetProperty("[3].date")[0].GetString());
        Assert.Single(await app.PointsOf(id));
    }

    [Fact]
    public async Task AddPoints_ThenReplaceAndDelete_KeepTheSeriesAsSent()
    {
        var id = await app.AddMeasureAsync("API points", [5]);
        using var client = await app.ClientFor(MeasureRows.Leader);
        var points = $"{Measures}/{id}/points";

        var added = await Send(client, HttpMethod.Post, points, new[] { new { date = "2024-02-01", value = 6.5 } });
        var clash = await Send(client, HttpMethod.Post, points, new[] { new { date = "2024-02-01", value = 7 } });
        var replaced = await Send(client, HttpMethod.Post, $"{points}?replace=true", new[] { new { date = "2024-02-01", value = 7 }, new { date = "2024-03-01", value = 8 } });
        var deleted = await Send(client, HttpMethod.Delete, $"{points}/2024-03-01");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(2, (await Json(added)).GetArrayLength());
        Assert.Contains("already has a value", (await Json(clash)).GetProperty("errors").GetProperty("[0].date")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal([(new DateOnly(2024, 2, 1), 7.0)], await app.PointsOf(id));
    }

    [Fact]
    public async Task Spc_CareHomeAdmissions_MatchesTheEngineInTheCommandsShape()
    {
        var measure = await app.Measure("Admissions to hospital from care homes");
        var expected = Spc.Calculate(measure.Series(await app.Query(db => db.MeasurePoints.Where(p => p.MeasureId == measure.Id).ToListAsync())));
        using var client = await app.ClientFor(MeasureRows.Professional);

        var chart = await Json(await client.GetAsync($"{Measures}/{measure.Id}/spc"));

        var points = chart.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(expected.Points.Count, points.Count);
        Assert.All(expected.Points.Zip(points), pair =>
        {
            Assert.Equal(pair.First.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), pair.Second.GetProperty("date").GetString());
            Assert.Equal((pair.First.Value, pair.First.Mean, pair.First.LowerLimit, pair.First.UpperLimit),
                (pair.Second.GetProperty("value").GetDouble(), pair.Second.GetProperty("mean").GetDouble(), pair.Second.GetProperty("lpl").GetDouble(), pair.Second.GetProperty("upl").GetDouble()));
            Assert.Equal(SpcWords.Of(pair.First.Type), pair.Second.GetProperty("pointType").GetString());
        });
        Assert.Equal(expected.Points.Select(p => SpcWords.Of(p.Cause)), points.Select(p => p.GetProperty("specialCause").GetString()));
        Assert.Equal(SpcWords.Of(expected.Variation), chart.GetProperty("variation").GetString());
        Assert.Equal(SpcWords.Of(expected.Assurance!.Value), chart.GetProperty("assurance").GetString());
        Assert.Equal(["2023-04-01", "2025-04-01"], chart.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("start").GetString()));
        Assert.False(chart.GetProperty("trialLimits").GetBoolean());
    }

    [Fact]
    public async Task Spc_MeasureWithOnePoint_AnswersConflictSayingWhy()
    {
        var measure = await app.Measure("Leadership time funded for clinical and care professional leads");
        using var client = await app.ClientFor(MeasureRows.Professional);

        var response = await client.GetAsync($"{Measures}/{measure.Id}/spc");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("dates", Assert.Single((await Json(response)).GetProperty("errors").EnumerateObject()).Name);
    }

    [Fact]
    public async Task AddPoints_DecimalCommaOrValueTooLarge_Answers400KeyedByJsonPathAndSavesNothing()
    {
        var id = await app.AddMeasureAsync("API decimal comma", [5]);
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await Send(client, HttpMethod.Post, $"{Measures}/{id}/points", new object[]
        {
            new { date = "2024-06-01", value = "12,5" }, new { date = "2024-07-01", value = 1e308 }, new { date = "2024-08-01", value = "1,234" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Equal(["[0].value", "[1].value"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal("'12,5' is not a number; use a full stop for decimals, such as 12.5", errors.GetProperty("[0].value")[0].GetString());
        Assert.Equal("'1E+308' is too large; values must be between -1,000,000,000,000 and 1,000,000,000,000", errors.GetProperty("[1].value")[0].GetString());
        Assert.Equal([(new DateOnly(2024, 1, 1), 5.0)], await app.PointsOf(id));
    }

    [Fact]
    public async Task AddPoints_ReplacingWithMoreThanAMeasureMayHave_Answers400AndSavesNothing()
    {
        var id = await app.AddMeasureAsync("API too many points", [5]);
        using var client = await app.ClientFor(MeasureRows.Leader);
        var points = Enumerable.Range(0, 5_001).Select(d => new { date = new DateOnly(2000, 1, 1).AddDays(d).ToString("yyyy-MM-dd"), value = 1 });

        var response = await Send(client, HttpMethod.Post, $"{Measures}/{id}/points?replace=true", points.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("5,001 points are more than a measure may have; a measure may have at most 5,000",
            (await Json(response)).GetProperty("errors").GetProperty("$")[0].GetString());
        Assert.Equal([(new DateOnly(2024, 1, 1), 5.0)], await app.PointsOf(id));
    }

    [Fact]
    public async Task Create_TargetBeyondTheMaximum_Answers400NamingTheTargetAndSavesNothing()
    {
        using var client = await app.ClientFor(MeasureRows.Leader);

        var response = await Send(client, HttpMethod.Post, Measures, new { name = "Huge target", unit = "beds", direction = "increase", target = 1e308 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Target must be between -1,000,000,000,000 and 1,000,000,000,000",
            (await Json(response)).GetProperty("errors").GetProperty("target")[0].GetString());
        Assert.False(await app.Query(db => db.Measures.AnyAsync(m => m.Name == "Huge target")));
    }
}
