using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Systems;

public class OverviewTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_Professional_ShowsSystemWithoutLeadershipNavigation()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV"));

        Assert.Equal("NHS Severn Vale Integrated Care Board", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Overview", "Structure", "Representation", "Framework", "Measures", "Programmes", "Development", "Register", "Diversity", "My profile"], page.QuerySelectorAll(".nhsuk-header__navigation-link[href]").Select(a => a.TextContent.Trim()).ToList());
        Assert.Contains("Professional", page.QuerySelector(".nhsuk-summary-list")!.TextContent);
    }

    [Fact]
    public async Task Get_LeadershipTeam_NavigatesToTheAuditLog()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/qxv"));

        Assert.Contains("/systems/QXV/audit", page.QuerySelectorAll(".nhsuk-header__navigation-link").Select(a => a.GetAttribute("href")));
        Assert.Equal("page", page.QuerySelector(".nhsuk-header__navigation-link[href='/systems/QXV']")!.GetAttribute("aria-current"));
    }
}
