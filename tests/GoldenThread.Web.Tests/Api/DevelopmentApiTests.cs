using System.Net;
using System.Text.Json;
using GoldenThread.Access;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.People;
using static GoldenThread.Web.Api.ApiCalls;

namespace GoldenThread.Web.Api;

/// <summary>A person's development record through the API, on <see cref="DevelopmentRows.AdaDevelopmentAsync"/>'s rows.</summary>
public class DevelopmentApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Stranger = "qaa.api.professional@example.org";
    private const string AdaAccount = "ada.api@example.org";

    private async Task<(DevelopmentRows.AdaDevelopment Rows, string Path)> ArrangeAsync()
    {
        var rows = await app.AdaDevelopmentAsync();
        await app.CreateAccountOnceAsync(Stranger, Roles.Professional, GoldenThreadApp.OtherSystem);
        await app.CreateAccountOnceAsync(AdaAccount, Roles.Professional, GoldenThreadApp.OtherSystem, rows.Ada);
        return (rows, $"/api/v1/systems/QAA/people/{rows.Ada}/development");
    }

    [Fact]
    public async Task Get_LeadershipTeam_ReadsYearsPlannedHoursAndActivitiesWithoutPrivateWords()
    {
        var (_, path) = await ArrangeAsync();
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(DevelopmentRows.PrivateWords, body);
        var json = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(("Ada Brook", "Riverton Hospitals NHS Foundation Trust", 6.5m),
            (json.GetProperty("name").GetString(), json.GetProperty("releasedBy").GetString(), json.GetProperty("plannedHours").GetDecimal()));
        var years = json.GetProperty("years").EnumerateArray()
            .Select(y => (y.GetProperty("name").GetString(), y.GetProperty("starts").GetString(), y.GetProperty("exchanges").GetDecimal(),
                y.GetProperty("mentoring").GetDecimal(), y.GetProperty("learningSets").GetDecimal(), y.GetProperty("total").GetDecimal())).ToList();
        Assert.Equal([("2026/27", "2026-04-01", 3.5m, 1.5m, 3m, 8m), ("2025/26", "2025-04-01", 0m, 1m, 0m, 1m)], years);
        var activities = json.GetProperty("activities").EnumerateArray()
            .Select(a => (a.GetProperty("on").GetString(), a.GetProperty("kind").GetString(), a.GetProperty("status").GetString())).ToList();
        Assert.Equal([
            ("2030-06-10", "learning-set", "planned"), ("2030-06-04", "exchange", "planned"), ("2026-10-12", "mentoring", "took-place"),
            ("2026-10-01", "learning-set", "unrecorded"), ("2026-09-15", "learning-set", "took-place"), ("2026-09-01", "exchange", "took-place"),
            ("2026-03-15", "mentoring", "took-place"),
        ], activities);
    }

    [Fact]
    public async Task Get_ThePersonThemselves_ReadsIt()
    {
        var (_, path) = await ArrangeAsync();
        using var client = await app.ClientFor(AdaAccount);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Get_AnotherProfessionalOfTheSystem_IsForbidden()
    {
        var (_, path) = await ArrangeAsync();
        using var client = await app.ClientFor(Stranger);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Get_APersonOfAnotherSystemOrAnotherSystemsRoute_IsNotFound()
    {
        var (rows, _) = await ArrangeAsync();
        var demoPerson = await app.Query(db => Task.FromResult(db.People.First(p => p.SystemId != db.People.Single(x => x.Id == rows.Ada).SystemId).Id));
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/systems/QAA/people/{demoPerson}/development")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/systems/QXV/people/{rows.Ada}/development")).StatusCode);
    }
}
