using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GoldenThread.Representation;
using GoldenThread.Testing;
using GoldenThread.Web.Representation;

namespace GoldenThread.Web.Api;

public class RepresentationApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_OnADate_AnswersEachFindingWithItsRuleReasonAndCandidates()
    {
        var on = new DateOnly(2026, 4, 1);
        var run = await Snapshots.EvaluateAsync(app, "QXV", on);
        using var client = await app.ClientFor("professional@goldenthread.example");

        var report = await client.GetFromJsonAsync<JsonElement>("/api/v1/systems/QXV/representation?on=2026-04-01");

        Assert.Equal(("QXV", "NHS Severn Vale Integrated Care Board", "2026-04-01"),
            (report.GetProperty("system").GetProperty("code").GetString(), report.GetProperty("system").GetProperty("name").GetString(), report.GetProperty("on").GetString()));
        var findings = report.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(run.Findings.Select(f => (f.Rule, f.Severity.Code(), f.BodyId, f.Message)),
            findings.Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("bodyId").GetString(), f.GetProperty("message").GetString()!)));
        var gap = findings.First(f => f.GetProperty("candidates").GetArrayLength() > 0);
        var rule = RuleCatalogue.Default.Find(gap.GetProperty("rule").GetString()!)!;
        Assert.Equal((rule.Title, rule.Reason), (gap.GetProperty("title").GetString(), gap.GetProperty("reason").GetString()));
        var candidate = gap.GetProperty("candidates")[0];
        var expected = run.Findings.First(f => f.Key == $"{rule.Id}|{gap.GetProperty("bodyId").GetString()}|{gap.GetProperty("subject").GetString()}").Candidates[0];
        Assert.Equal((expected.PersonId, expected.Name, expected.Seat.BodyId, expected.Seat.Role, expected.Seat.Capacity),
            (candidate.GetProperty("personId").GetString(), candidate.GetProperty("name").GetString(), candidate.GetProperty("bodyId").GetString(),
             candidate.GetProperty("role").GetString(), candidate.GetProperty("capacity").GetString()));
        Assert.Equal(expected.Meets, candidate.GetProperty("meets").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Get_Summary_CountsFindingsAndTheActiveBodiesWithAndWithoutThem()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var report = await client.GetFromJsonAsync<JsonElement>("/api/v1/systems/QXV/representation");

        var findings = report.GetProperty("findings").EnumerateArray().ToList();
        var summary = report.GetProperty("summary");
        var today = DateOnly.Parse(report.GetProperty("on").GetString()!);
        var run = await Snapshots.EvaluateAsync(app, "QXV", today);
        var active = run.Network.Document.Bodies.Count(b => Evaluation.Active(b, today));
        var bodiesWithFindings = findings.Select(f => f.GetProperty("bodyId").GetString()).OfType<string>().Distinct().Count();
        Assert.Equal(findings.Count(f => f.GetProperty("severity").GetString() == "gap"), summary.GetProperty("gaps").GetInt32());
        Assert.Equal(findings.Count(f => f.GetProperty("severity").GetString() == "warning"), summary.GetProperty("warnings").GetInt32());
        Assert.Equal(bodiesWithFindings, summary.GetProperty("bodiesWithFindings").GetInt32());
        Assert.Equal(active - bodiesWithFindings, summary.GetProperty("bodiesClean").GetInt32());
        Assert.True(bodiesWithFindings > 0 && active > bodiesWithFindings, "the demo system has bodies of both kinds");
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-02-30")]
    [InlineData("01/04/2026")]
    public async Task Get_BadDate_AnswersProblemNamingOn(string on)
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await client.GetAsync($"/api/v1/systems/QXV/representation?on={Uri.EscapeDataString(on)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("on", out _));
    }

    [Fact]
    public async Task Get_AnotherSystem_IsNotFound()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/systems/QXV/representation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/systems/QXV/representation/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/systems/QAA/representation")).StatusCode);
    }

    [Fact]
    public async Task GetHistory_Paged_ListsSnapshotsNewestFirstWithWhatOpenedAndClosed()
    {
        var night = new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero);
        var first = await Snapshots.RecordAsync(app, GoldenThreadApp.OtherSystem, night, FindingSnapshot.Nightly, all => all.Skip(1));
        var second = await Snapshots.RecordAsync(app, GoldenThreadApp.OtherSystem, night.AddDays(1), "Olive Leader");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/systems/QAA/representation/history?page=1&pageSize=1");

        Assert.Equal((2, 1, 1), (page.GetProperty("total").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
        var newest = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal((second.Id, "Olive Leader", "2026-05-02", second.Gaps, first.Id),
            (newest.GetProperty("id").GetGuid(), newest.GetProperty("takenBy").GetString(), newest.GetProperty("on").GetString(),
             newest.GetProperty("gaps").GetInt32(), newest.GetProperty("comparedWith").GetGuid()));
        var opened = Assert.Single(newest.GetProperty("opened").EnumerateArray());
        Assert.Equal(second.Findings[0].Key, opened.GetProperty("key").GetString());
        Assert.Empty(newest.GetProperty("closed").EnumerateArray());
    }

    [Fact]
    public async Task GetHistory_PageSizeOutOfRange_AnswersProblemNamingIt()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await client.GetAsync("/api/v1/systems/QXV/representation/history?pageSize=1000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task OpenApi_DescribesTheReportAndItsHistory()
    {
        using var client = await app.ClientFor(null);

        var paths = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");

        var report = paths.GetProperty("/api/v1/systems/{code}/representation").GetProperty("get");
        Assert.Contains(report.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "on");
        Assert.True(report.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(report.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(paths.GetProperty("/api/v1/systems/{code}/representation/history").TryGetProperty("get", out _));
    }
}
