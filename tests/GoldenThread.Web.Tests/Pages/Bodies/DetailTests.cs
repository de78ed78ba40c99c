using System.Net;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Bodies;

public class DetailTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_ShowsWhatItFeedsIntoAndWhatFeedsIt_AsLinks()
    {
        var board = await app.Body("Test Vale ICB board");
        var placeBoard = await app.Body("Riverton place board");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/bodies/{placeBoard}"));
        var feedsInto = page.QuerySelectorAll(".nhsuk-summary-list__row").Single(r => r.TextContent.Contains("Feeds into"));

        Assert.Equal($"/systems/QAA/bodies/{board}", feedsInto.QuerySelector("a")!.GetAttribute("href"));
        var boardPage = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/bodies/{board}"));
        var fedBy = boardPage.QuerySelectorAll(".nhsuk-summary-list__row").Single(r => r.TextContent.Contains("Fed by"));
        Assert.Equal("Riverton place board", fedBy.QuerySelector("a")!.TextContent);
        Assert.Contains("Decides", boardPage.QuerySelector(".gt-badge")!.TextContent);
    }

    [Fact]
    public async Task Get_MembersNowAndPast_InSeparateTablesLinkingToPeople()
    {
        var placeBoard = await app.Body("Riverton place board");
        var ben = await app.Person("QAA", "Ben Carter");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/bodies/{placeBoard}"));
        var tables = page.QuerySelectorAll("table").ToList();

        // Ben chaired the place board until 31 March 2024, so he is a past member and no one sits on it now.
        Assert.Single(tables);
        Assert.Contains("No one sits on this body now.", page.QuerySelector("main")!.TextContent);
        Assert.Equal($"/systems/QAA/people/{ben}", tables[0].QuerySelector("td a")!.GetAttribute("href"));
        Assert.Contains("31 Mar 2024", tables[0].TextContent);
    }

    [Fact]
    public async Task Get_EveryBodyLinkOfTheStructurePage_Opens()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");
        var structure = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/structure"));
        var links = structure.QuerySelectorAll("a[href*='/bodies/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();

        Assert.NotEmpty(links);
        foreach (var link in links.Take(10))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Get_BodyOfAnotherSystemUnderThisSystemsAddress_IsNotFound()
    {
        var otherSystemsBody = await app.Body("Test Vale ICB board");
        using var client = await app.ClientFor(GoldenThreadApp.TwoSystemsUser);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/bodies/{otherSystemsBody}")).StatusCode);
    }

    [Fact]
    public async Task Get_BodySecretary_MayChangeMembersOfTheirBodyOnly()
    {
        var own = await app.SecretarysBody();
        using var client = await app.ClientFor("secretary@goldenthread.example");
        var list = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/bodies"));
        var other = list.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")!).First(h => !h.EndsWith(own.ToString()));

        var ownPage = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/bodies/{own}"));
        var otherPage = GoldenThreadApp.Parse(await client.GetStringAsync(other));

        Assert.Contains(ownPage.QuerySelectorAll("a"), a => a.TextContent == "Add a member");
        Assert.DoesNotContain(otherPage.QuerySelectorAll("a"), a => a.TextContent == "Add a member");
        Assert.DoesNotContain(ownPage.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Change the details"));
    }
}
