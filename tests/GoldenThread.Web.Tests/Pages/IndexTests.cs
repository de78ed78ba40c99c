using GoldenThread.Testing;

namespace GoldenThread.Web.Pages;

public class IndexTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_Anonymous_OffersSignIn()
    {
        using var client = await app.ClientFor(null);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/"));

        Assert.Equal("/account/sign-in", page.QuerySelector("main a.nhsuk-button")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll(".nhsuk-card"));
    }

    [Fact]
    public async Task Get_LeadershipTeam_ShowsTheDemoSystemWithItsNetworkSize()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/"));
        var card = Assert.Single(page.QuerySelectorAll(".nhsuk-card"));

        Assert.Equal("/systems/QXV", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("4 places", card.TextContent);
        Assert.Contains("25 leadership bodies", card.TextContent);
        Assert.Contains("Dr Priya Raman", page.QuerySelector(".nhsuk-header__account")!.TextContent);
    }

    [Fact]
    public async Task Get_Reviewer_ShowsTheNationalRoleAndNoSystem()
    {
        using var client = await app.ClientFor("reviewer@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/"));

        Assert.Empty(page.QuerySelectorAll(".nhsuk-card"));
        Assert.Contains("Reviewer", page.QuerySelector("main ul.nhsuk-list--bullet")!.TextContent);
    }
}
