using System.Net;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>A framework's page and its past versions, as members read them.</summary>
public class DetailTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_Professional_ReadsCriteriaWithEachLevelsGuidanceAndTheHistoryButNoAdaptingLinks()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/framework/{adopted.FrameworkId}"));

        var criterion = page.QuerySelector("#criterion-P3\\.1")!;
        Assert.Contains(adopted.Definition.Criterion("P3.1")!.Text, criterion.QuerySelector("h3")!.TextContent);
        Assert.Equal(adopted.Definition.Levels.Select(l => l.Name), criterion.QuerySelectorAll("details dt").Select(d => d.TextContent));
        Assert.Equal(adopted.Definition.Criterion("P3.1")!.Guidance, criterion.QuerySelectorAll("details dd").Select(d => d.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll($"#versions ~ table a[href='/systems/QXV/framework/{adopted.FrameworkId}/versions/1']"));
        Assert.Empty(page.QuerySelectorAll("a[href$='/change'], a[href$='/retire'], a[href*='/criteria/new'], a[href$='/levels']"));
    }

    [Fact]
    public async Task Get_Leader_LinksEachCriterionsChangeAndRetireAndEachPrinciplesAdd()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var href = $"/systems/QXV/framework/{adopted.FrameworkId}";

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(href));

        Assert.Equal(adopted.Definition.Criteria.Count(), page.QuerySelectorAll("a[href$='/change']").Length);
        Assert.NotNull(page.QuerySelector($"a[href='{href}/criteria/P2.4/retire']"));
        Assert.NotNull(page.QuerySelector($"a[href='{href}/criteria/new?principle=P5']"));
        Assert.NotNull(page.QuerySelector($"a[href='{href}/levels']"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/versions/1")]
    public async Task Get_FrameworkThroughAnotherSystem_NotFound(string tail)
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync($"/systems/{GoldenThreadApp.OtherSystem}/framework/{adopted.FrameworkId}{tail}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_VersionThatDoesNotExist_NotFound()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/framework/{adopted.FrameworkId}/versions/999")).StatusCode);
    }
}
