using System.Net;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Register;

public class HubTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_LinksEachListWithItsCount()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/register"));

        var cards = page.QuerySelectorAll(".nhsuk-card").Select(c => (c.QuerySelector("a")!.GetAttribute("href"), c.QuerySelector("strong")!.TextContent)).ToList();
        Assert.Equal([("/systems/QAA/bodies", "2"), ("/systems/QAA/people", "2"), ("/systems/QAA/organisations", "2"), ("/systems/QAA/places", "2"), ("/systems/QAA/posts", "1")], cards);
        Assert.Equal("page", page.QuerySelector(".nhsuk-header__navigation-link[href='/systems/QAA/register']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Get_AnotherSystem_IsNotFound()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/systems/QAA/register")).StatusCode);
    }
}
