using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Development;

public class HubTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_LinksEachPartOfDevelopmentFromOneHeaderLink()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/development"));

        var links = page.QuerySelectorAll(".nhsuk-card a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/systems/QXV/learning-sets", "/systems/QXV/learning-sets#register", "/systems/QXV/learning-library", "/systems/QXV/development/exchanges",
            "/systems/QXV/development/mentoring"], links);
        // The demo has one registration open and one summary in the library: each count and its noun agree.
        Assert.StartsWith("1 registration open.", page.QuerySelectorAll(".nhsuk-card__description")[1].TextContent.Trim());
        Assert.StartsWith("1 summary published.", page.QuerySelectorAll(".nhsuk-card__description")[2].TextContent.Trim());
        Assert.Equal("page", page.QuerySelector(".nhsuk-header__navigation-link[href='/systems/QXV/development']")!.GetAttribute("aria-current"));
    }
}
