using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;

namespace GoldenThread.Web.Pages.People;

public class DetailTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_ShowsTheirBodiesWithLinks_AndThePostsTheyHold()
    {
        var ada = await app.Person("QAA", "Ada Brook");
        var board = await app.Body("Test Vale ICB board");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/people/{ada}"));

        Assert.Equal($"/systems/QAA/bodies/{board}", page.QuerySelector("tbody a")!.GetAttribute("href"));
        Assert.Contains("Now", page.QuerySelector("tbody")!.TextContent);
        Assert.Contains("Place clinical director – Riverton (since 1 Apr 2023)", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Riverton Hospitals NHS Foundation Trust", page.QuerySelector(".nhsuk-summary-list")!.TextContent);
    }

    [Fact]
    public async Task Get_PastSeatAndSuccession_AreShown()
    {
        var ben = await app.Person("QAA", "Ben Carter");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/people/{ben}"));

        Assert.Contains("Past", page.QuerySelector("tbody")!.TextContent);
        Assert.Contains("Place clinical director – Riverton (Ready 1 2 years)", page.QuerySelector("main")!.TextContent);
    }
}
