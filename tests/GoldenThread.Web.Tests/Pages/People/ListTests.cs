using System.Net;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.People;

public class ListTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private async Task<List<string>> NamesAsync(string query)
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/people" + query));
        return page.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();
    }

    [Fact]
    public async Task Get_FilterByProfession_ShowsOnlyThatProfession() =>
        Assert.Equal(["Ada Brook"], await NamesAsync("?profession=nursing"));

    [Fact]
    public async Task Get_FilterByEmployersSector_ShowsOnlyPeopleEmployedThere() =>
        Assert.Equal(["Ben Carter"], await NamesAsync("?sector=local-authority-county"));

    [Fact]
    public async Task Get_SearchByName_IgnoresCase() =>
        Assert.Equal(["Ben Carter"], await NamesAsync("?q=CARTER"));

    [Fact]
    public async Task Get_LessThanFullTime_IsShown()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/people?q=ada"));

        Assert.Contains("0.8 (less than full time)", page.QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task Get_AnotherSystemsPeople_IsNotFound()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/systems/QAA/people")).StatusCode);
    }
}
