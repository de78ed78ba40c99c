using System.Net;
using GoldenThread.Frameworks;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Frameworks.Plan;

namespace GoldenThread.Web.Pages.Frameworks.Published;

/// <summary>The public page of a system's framework and plan: there only once published, and saying only what is meant for the public.</summary>
public class IndexTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_NothingPublished_AnswersNotFoundToEveryone()
    {
        var framework = await app.FrameworkAsync(GoldenThreadApp.OtherSystem);
        await app.PublishAsync(framework.FrameworkId, published: false);
        using var anonymous = app.CreateClient();
        using var leader = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/systems/QAA/framework/published")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/systems/QAA/framework/published")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/systems/NOPE/framework/published")).StatusCode);
    }

    [Fact]
    public async Task Get_Published_ShowsThePlanAndModeratedLevelsToAnonymousReadersButNoRaterOrTheirRatings()
    {
        var framework = await app.FrameworkAsync();
        var assessment = await app.AddAssessmentAsync("Published round", AssessmentState.Completed);
        var people = await app.PeopleAsync(2);
        var names = await app.Query(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.People.Where(p => people.Contains(p.Id)).Select(p => p.Name)));
        foreach (var person in people)
            await app.RateAsync(await app.AddRaterAsync(assessment, person, submitted: true), new Dictionary<string, int?> { ["P1.1"] = 2 });
        await app.ModerateAsync(assessment, new Dictionary<string, int?> { ["P1.1"] = 2 });
        var action = await app.AddActionAsync(framework, "P1.1", "Public action", PlanRows.Today.AddDays(-1), owner: "Place clinical directors",
            progressNote: "Two places have started");
        await app.PublishAsync(framework.FrameworkId);
        using var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync("/systems/QXV/framework/published");
        var html = await response.Content.ReadAsStringAsync();
        var page = GoldenThreadApp.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Emerging", page.QuerySelector("tr[data-criterion='P1.1'] [data-level]")!.TextContent);
        var row = page.QuerySelector($"tr[data-action='{action}']")!;
        Assert.Contains("Place clinical directors", row.TextContent);
        Assert.Contains("Two places have started", row.TextContent);
        Assert.Contains("Overdue", row.TextContent);
        Assert.Null(row.QuerySelector("a"));
        Assert.All(names, name => Assert.DoesNotContain(name, html));
        Assert.DoesNotContain("Rated 2 from what I have seen", html);
        Assert.DoesNotContain("Agreed rationale", html);
    }

    [Fact]
    public async Task Get_OneSystemPublished_ShowsNothingOfAnotherSystemsPlan()
    {
        var ours = await app.FrameworkAsync();
        await app.PublishAsync(ours.FrameworkId);
        var theirs = await app.FrameworkAsync(GoldenThreadApp.OtherSystem, "people-and-communities");
        await app.AddActionAsync(theirs, theirs.Definition.Criteria.First().Id, "Unpublished action of the other system", PlanRows.Today);
        using var anonymous = app.CreateClient();

        var html = await anonymous.GetStringAsync("/systems/QXV/framework/published");

        Assert.DoesNotContain("Unpublished action of the other system", html);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/systems/QAA/framework/published")).StatusCode);
    }

    [Fact]
    public async Task Get_TwoFrameworksPublished_NestsEachFrameworksPrinciplesUnderItsNameWithIdsOfItsOwn()
    {
        // The demo system, as the other system's tests here want nothing of it published.
        var first = await app.FrameworkAsync();
        var second = await app.FrameworkAsync(key: "people-and-communities");
        await app.PublishAsync(first.FrameworkId);
        await app.PublishAsync(second.FrameworkId);
        using var anonymous = app.CreateClient();

        var page = GoldenThreadApp.Parse(await anonymous.GetStringAsync("/systems/QXV/framework/published"));

        Assert.Equal(2, page.QuerySelectorAll(".gt-published > h2").Length);
        Assert.Equal(first.Definition.Principles.Count + second.Definition.Principles.Count, page.QuerySelectorAll(".gt-principle > h3").Length);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
