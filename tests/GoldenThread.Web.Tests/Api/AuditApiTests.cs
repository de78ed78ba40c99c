using System.Net.Http.Json;
using System.Text.Json;
using GoldenThread.Testing;

namespace GoldenThread.Web.Api;

public class AuditApiTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_FilteredByEntity_ReturnsOnlyThatEntityNewestFirst()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/systems/QXV/audit?entity=Body&pageSize=200");
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(25, page.GetProperty("total").GetInt32()); // the demo seed inserted 25 bodies
        Assert.All(items, i => Assert.Equal(("Body", "insert"), (i.GetProperty("entity").GetString(), i.GetProperty("action").GetString())));
        var times = items.Select(i => i.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task Get_OwnSystemsLog_HoldsNoRowOfAnotherSystem()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/systems/QAA/audit?entity=Person&pageSize=200");
        var names = page.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("changes").EnumerateArray())
            .Where(c => c.GetProperty("property").GetString() == "Name")
            .Select(c => c.GetProperty("after").GetString())
            .Order().ToList();

        Assert.Equal(["Ada Brook", "Ben Carter"], names); // QAA's two people, none of QXV's ~300
    }

    [Fact]
    public async Task Get_LeaderElsewhereButProfessionalHere_IsForbidden()
    {
        using var client = await app.ClientFor(GoldenThreadApp.TwoSystemsUser);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/systems/QXV/audit")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/systems/QAA/audit")).StatusCode);
    }

    [Fact]
    public async Task Get_HugePageNumber_AnswersProblemNotServerError()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await client.GetAsync("/api/v1/systems/QXV/audit?page=2147483647");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
