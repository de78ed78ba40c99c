using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;
using Microsoft.EntityFrameworkCore;

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
    public async Task Get_LinksTheirOrganisationAndPosts()
    {
        var ada = await app.Person("QAA", "Ada Brook");
        var (trust, post) = await app.Query(async db => (
            await db.Organisations.Where(o => o.Name == "Riverton Hospitals NHS Foundation Trust").Select(o => o.Id).SingleAsync(),
            await db.Posts.Where(p => p.Title == "Place clinical director – Riverton").Select(p => p.Id).SingleAsync()));
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/people/{ada}"));
        var list = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/people?q=ada"));
        var board = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/bodies/{await app.Body("Test Vale ICB board")}"));

        var links = page.QuerySelectorAll("main a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Riverton Hospitals NHS Foundation Trust", $"/systems/QAA/organisations/{trust}"), links);
        Assert.Contains(("Place clinical director – Riverton", $"/systems/QAA/posts/{post}"), links);
        Assert.Contains(list.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/systems/QAA/organisations/{trust}");
        Assert.Contains(board.QuerySelectorAll("tbody a"), a => a.GetAttribute("href") == $"/systems/QAA/organisations/{trust}");
    }

    [Fact]
    public async Task Get_PastSeatAndSuccession_AreShown()
    {
        var ben = await app.Person("QAA", "Ben Carter");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/people/{ben}"));

        Assert.Contains("Past", page.QuerySelector("tbody")!.TextContent);
        Assert.Contains("Place clinical director – Riverton (Ready in 1 to 2 years)", page.QuerySelector("main")!.TextContent);
    }
}
