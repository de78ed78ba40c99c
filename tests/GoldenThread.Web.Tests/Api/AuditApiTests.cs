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
    public async Task Get_AnotherSystemsLog_ShowsNothingOfIt()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/systems/QAA/audit?pageSize=200");

        Assert.True(page.GetProperty("total").GetInt32() > 0);
        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("entityId").GetString()!.Length == 0);
        var ownPeople = page.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("entity").GetString() == "Person");
        Assert.Equal(2, ownPeople); // QAA's two people, none of QXV's ~300
    }
}
