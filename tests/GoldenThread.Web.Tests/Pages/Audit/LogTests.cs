using System.Net;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Audit;

public class LogTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_FilteredByEntityAndActor_ListsOnlyThoseChanges()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/audit?entity=Place&actor=process:GoldenThread"));
        var rows = page.QuerySelectorAll("tbody tr");

        Assert.Equal(4, rows.Length); // the demo seed's four places
        Assert.All(rows, r => Assert.Contains("insert of Place", r.TextContent));
        Assert.Equal("Place", page.QuerySelector("#entity option[selected]")!.GetAttribute("value"));
        Assert.Contains("LocalAuthorityTier", rows[0].TextContent);
    }

    [Fact]
    public async Task Get_ManyChanges_PagesThemWithNextLinkKeepingTheFilter()
    {
        using var client = await app.ClientFor("admin@goldenthread.example");

        var first = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/audit?entity=Person"));
        var next = first.QuerySelector(".nhsuk-pagination__next")!.GetAttribute("href");
        var second = GoldenThreadApp.Parse(await client.GetStringAsync(next!));

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("/systems/QXV/audit?entity=Person&page=2", next);
        Assert.Contains("page 2 of", second.QuerySelector("caption")!.TextContent);
    }

    [Theory]
    [InlineData("?page=abc")]
    [InlineData("?page=-3")]
    [InlineData("?page=99999")]
    [InlineData("?page=2147483647")]
    public async Task Get_OddPageNumber_NeverFails(string query)
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await client.GetAsync("/systems/QXV/audit" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_AnotherSystemsLeader_SeesOnlyTheirOwnSystemsChanges()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/audit?entity=Place"));
        var text = page.QuerySelector("tbody")!.TextContent;

        Assert.Equal(2, page.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Riverton", text);
        Assert.DoesNotContain("Severnmouth", text); // a QXV place
    }

    [Fact]
    public async Task Get_FilteredByAccount_ListsThatAccountsChangesOnly()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");
        var filters = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/audit"));
        var actors = filters.QuerySelectorAll("#actor option").Select(o => (Value: o.GetAttribute("value"), Name: o.TextContent.Trim())).ToList();

        var seed = actors.Single(a => a.Name == "GoldenThread");
        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/audit?actor={Uri.EscapeDataString(seed.Value!)}&entity=Body"));

        Assert.Equal("process:GoldenThread", seed.Value);
        Assert.Equal(25, page.QuerySelectorAll("tbody tr").Length);
    }
}
