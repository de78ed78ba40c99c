using System.Net;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>The framework home: adopting from the library, and each adopted framework with its links and publishing.</summary>
public class IndexTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Other = GoldenThreadApp.OtherSystem;

    [Fact]
    public async Task Get_AdoptedFramework_ShowsItsVersionAndLinksToAssessmentsPlanAndPublicPage()
    {
        var adopted = await app.FrameworkAsync();
        var number = await app.Query(db => db.FrameworkVersions.Where(v => v.Id == adopted.VersionId).Select(v => v.Number).SingleAsync());
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/framework"));

        var card = page.QuerySelectorAll(".nhsuk-card").Single(c => c.QuerySelector($"a[href='/systems/QXV/framework/{adopted.FrameworkId}']") is not null);
        Assert.Contains($"Version {number}, from", card.TextContent);
        var links = card.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/systems/QXV/framework/assessments", links);
        Assert.Contains($"/systems/QXV/framework/plan?framework={adopted.FrameworkId}", links);
        // The demo's framework is published, so its public page is linked; an unpublished one's is not.
        Assert.Contains("/systems/QXV/framework/published", links);
        Assert.Contains($"/systems/QXV/framework/{adopted.FrameworkId}/publish", links);
    }

    [Fact]
    public async Task Get_Professional_SeesTheFrameworkButNoAdoptOrPublish()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/framework"));

        Assert.NotNull(page.QuerySelector($"a[href='/systems/QXV/framework/{adopted.FrameworkId}']"));
        Assert.Empty(page.QuerySelectorAll("a[href$='/publish'], a[href*='/adopt/']"));
    }

    [Fact]
    public async Task Adopt_SystemWithoutFramework_MakesVersionOneNotedAsAdoptedAndOffersTheOtherStill()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);
        var before = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/{Other}/framework"));
        Assert.Contains("has not adopted a framework yet", before.QuerySelector("main")!.TextContent);
        Assert.Equal([$"/systems/{Other}/framework/adopt/ccpl", $"/systems/{Other}/framework/adopt/people-and-communities"],
            before.QuerySelectorAll("a[href*='/adopt/']").Select(a => a.GetAttribute("href")));

        var response = await GoldenThreadApp.PostForm(client, $"/systems/{Other}/framework/adopt/people-and-communities", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var framework = await app.Query(db => db.Frameworks.SingleAsync(f => f.Key == "people-and-communities" && db.Systems.Any(s => s.Id == f.SystemId && s.Code == Other)));
        Assert.Equal($"/systems/{Other}/framework/{framework.Id}", response.Headers.Location!.OriginalString);
        var version = await app.Query(db => db.FrameworkVersions.SingleAsync(v => v.FrameworkId == framework.Id));
        Assert.Equal((1, framework.CurrentVersionId, 10), (version.Number, version.Id, version.Definition.Criteria.Count()));
        Assert.StartsWith("Adopted from", version.Note);
        Assert.NotNull(version.CreatedByAccountId);
        var home = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/{Other}/framework"));
        Assert.Equal([$"/systems/{Other}/framework/adopt/ccpl"], home.QuerySelectorAll("a[href*='/adopt/']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Adopt_TwiceTheSameFramework_KeepsOneCopy()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, "/systems/QXV/framework/adopt/ccpl", []);

        Assert.Equal($"/systems/QXV/framework/{adopted.FrameworkId}", response.Headers.Location!.OriginalString);
        Assert.Equal(1, await app.Query(db => db.Frameworks.CountAsync(f => f.Key == "ccpl" && f.SystemId == db.Systems.Single(s => s.Code == "QXV").Id)));
    }

    [Theory]
    [InlineData("/systems/QXV/framework/adopt/people-and-communities", HttpStatusCode.Forbidden)]
    [InlineData("/systems/QXV/framework/adopt/no-such-framework", HttpStatusCode.Forbidden)]
    [InlineData("/systems/QAA/framework", HttpStatusCode.NotFound)]
    public async Task Get_Professional_MayNotAdoptNorReadAnotherSystem(string path, HttpStatusCode expected)
    {
        using var client = await app.ClientFor(FrameworkRows.Professional);

        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Adopt_UnknownKey_NotFound()
    {
        using var client = await app.ClientFor(FrameworkRows.Leader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/systems/QXV/framework/adopt/no-such-framework")).StatusCode);
    }

    [Fact]
    public async Task Publish_ConfirmedThenAgain_PublishesThenUnpublishes()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var path = $"/systems/QXV/framework/{adopted.FrameworkId}/publish";
        await app.Query(async db => { (await db.Frameworks.SingleAsync(f => f.Id == adopted.FrameworkId)).PublishedAt = null; return await db.SaveChangesAsync(); });

        var confirm = GoldenThreadApp.Parse(await client.GetStringAsync(path));
        Assert.Equal("Publish the framework?", confirm.QuerySelector("h1")!.TextContent);
        Assert.Contains("moderated results of the latest completed assessment", confirm.QuerySelector("main")!.TextContent);
        var published = await GoldenThreadApp.PostForm(client, path, GoldenThreadApp.FormValues(confirm));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.NotNull(await app.Query(db => db.Frameworks.Where(f => f.Id == adopted.FrameworkId).Select(f => f.PublishedAt).SingleAsync()));
        var again = GoldenThreadApp.Parse(await client.GetStringAsync(path));
        Assert.Equal("Unpublish the framework?", again.QuerySelector("h1")!.TextContent);
        await GoldenThreadApp.PostForm(client, path, GoldenThreadApp.FormValues(again));
        Assert.Null(await app.Query(db => db.Frameworks.Where(f => f.Id == adopted.FrameworkId).Select(f => f.PublishedAt).SingleAsync()));
    }

    [Fact]
    public async Task Publish_FromAnOldVersion_RefusedWithTheErrorSummary()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var path = $"/systems/QXV/framework/{adopted.FrameworkId}/publish";
        var before = await app.Query(db => db.Frameworks.AsNoTracking().SingleAsync(f => f.Id == adopted.FrameworkId));

        var response = await GoldenThreadApp.PostForm(client, path, [new("Version", (before.Version - 1).ToString())]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this framework", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(before.PublishedAt, await app.Query(db => db.Frameworks.Where(f => f.Id == adopted.FrameworkId).Select(f => f.PublishedAt).SingleAsync()));
    }

    [Fact]
    public async Task Publish_Professional_Forbidden()
    {
        var adopted = await app.FrameworkAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/systems/QXV/framework/{adopted.FrameworkId}/publish")).StatusCode);
    }
}
