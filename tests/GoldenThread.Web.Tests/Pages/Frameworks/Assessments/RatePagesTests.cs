using System.Net;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Assessments;

/// <summary>The rater's journey: the task list, rating one criterion, checking and finishing.</summary>
public class RatePagesTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Professional = FrameworkRows.Professional;
    private static DateOnly Today => UkDate.Today(TimeProvider.System);

    /// <summary>An assessment open today with the demo professional invited; its id and the rater's.</summary>
    private async Task<(Guid Assessment, Guid Rater)> InvitedAsync(string name, DateOnly? opensOn = null, DateOnly? closesOn = null,
        AssessmentState state = AssessmentState.Open)
    {
        var id = await app.AddAssessmentAsync(name, state, opensOn: opensOn ?? Today.AddDays(-1), closesOn: closesOn ?? Today.AddDays(30));
        return (id, await app.AddRaterAsync(id, await app.PersonOfAsync(Professional)));
    }

    private static string Rate(Guid assessment) => $"/systems/QXV/framework/assessments/{assessment}/rate";

    [Fact]
    public async Task TaskList_ShowsEachCriterionRatedOrNotStartedAndHowManyAreReviewed()
    {
        var (id, rater) = await InvitedAsync("Task list test");
        await app.RateAsync(rater, new Dictionary<string, int?> { ["P1.1"] = 2, ["P1.2"] = null });
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Rate(id)));

        var total = (await app.FrameworkAsync()).Definition.Criteria.Count();
        Assert.Equal($"2 of {total} criteria reviewed", page.QuerySelector("#progress")!.TextContent);
        Assert.Equal("Rated", page.QuerySelector("#status-p1-1")!.TextContent.Trim());
        Assert.Equal("Not started", page.QuerySelector("#status-p1-3")!.TextContent.Trim());
        Assert.Equal(5, page.QuerySelectorAll("h2.nhsuk-heading-m").Count(h => h.TextContent.StartsWith('P')));
    }

    [Fact]
    public async Task Criterion_ShowsTheCriterionAsTheLegendWithALevelRadioEachAndNotApplicable()
    {
        var (id, _) = await InvitedAsync("Criterion page test");
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Rate(id)}/P3.1"));

        // The system's current wording (the demo rewords P3.1 in its second version) and its guidance for each level.
        var criterion = (await app.FrameworkAsync()).Definition.Criterion("P3.1")!;
        Assert.Equal($"P3.1 {criterion.Text}", page.QuerySelector("legend h1")!.TextContent.Trim());
        Assert.Equal(["1", "2", "3", "4", "not-applicable"], page.QuerySelectorAll("input[name=Level]").Select(i => i.GetAttribute("value")));
        Assert.Equal(criterion.Guidance[0], page.QuerySelector("#level-item-hint")!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll("input[name^='EvidenceLinks[']").Length);
        // P3.1 carries the register's facts on funded time beside the form.
        Assert.Contains("funded", page.QuerySelector("#criterion-evidence .gt-criterion-evidence")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Criterion_NoLevelChosen_ShowsTheErrorSummaryAndSavesNothing()
    {
        var (id, rater) = await InvitedAsync("No level test");
        using var client = await app.ClientFor(Professional);

        var response = await GoldenThreadApp.PostForm(client, $"{Rate(id)}/P1.1", [new("Rationale", "Thinking about it"), new("Version", "0")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("There is a problem", page.QuerySelector(".nhsuk-error-summary__heading")!.TextContent);
        Assert.Equal("Select a rating for this criterion", page.QuerySelector(".nhsuk-error-summary__list a[href='#level']")!.TextContent);
        Assert.Equal("Thinking about it", page.QuerySelector("#rationale")!.TextContent);
        Assert.False(await app.Query(db => db.CriterionRatings.AnyAsync(r => r.RaterId == rater)));
    }

    [Fact]
    public async Task Criterion_NotApplicableWithoutWhyAndABadLink_ListsBothProblems()
    {
        var (id, _) = await InvitedAsync("Not applicable test");
        using var client = await app.ClientFor(Professional);

        var response = await GoldenThreadApp.PostForm(client, $"{Rate(id)}/P1.1",
            [new("Level", "not-applicable"), new("Justification", ""), new("EvidenceLinks[0]", "javascript:alert(1)"), new("Version", "0")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(["#justification", "#evidencelinks-0"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(RatingRules.NoJustification, page.QuerySelector("#justification-error")!.TextContent.Replace("Error:", "").Trim());
        Assert.NotNull(page.QuerySelector("#conditional-level-5 #justification"));
    }

    [Theory]
    [InlineData("3", "Rationale", "justification")]
    [InlineData("not-applicable", "Justification", "rationale")]
    public async Task Criterion_TextInTheBoxTheAnswerDoesNotKeep_IsRefusedRatherThanDropped(string level, string used, string unused)
    {
        var (id, rater) = await InvitedAsync($"Unused box test {level}");
        using var client = await app.ClientFor(Professional);

        var response = await GoldenThreadApp.PostForm(client, $"{Rate(id)}/P1.1",
            [new("Level", level), new(used, "Seen at the cabinet"), new(unused == "rationale" ? "Rationale" : "Justification", "Typed in the other box"), new("Version", "0")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal([$"#{unused}"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Typed in the other box", page.QuerySelector($"#{unused}")!.TextContent);
        Assert.False(await app.Query(db => db.CriterionRatings.AnyAsync(r => r.RaterId == rater)));
    }

    [Fact]
    public async Task Criterion_SaveAndContinue_StoresTheRatingAndGoesToTheNextUnratedCriterion()
    {
        var (id, rater) = await InvitedAsync("Save test");
        await app.RateAsync(rater, new Dictionary<string, int?> { ["P1.2"] = 1 });
        using var client = await app.ClientFor(Professional);

        var response = await GoldenThreadApp.PostForm(client, $"{Rate(id)}/P1.1",
            [new("Level", "3"), new("Rationale", "  Seen at the cabinet  "), new("EvidenceLinks[0]", ""), new("EvidenceLinks[1]", "https://example.org/minutes"), new("Version", "0")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Rate(id)}/P1.3", response.Headers.Location!.OriginalString);
        var saved = await app.Query(db => db.CriterionRatings.SingleAsync(r => r.RaterId == rater && r.CriterionId == "P1.1"));
        Assert.Equal((3, false, "Seen at the cabinet", "https://example.org/minutes"), (saved.Level, saved.NotApplicable, saved.Rationale, saved.EvidenceLinks.Single()));
    }

    [Fact]
    public async Task Criterion_ChangedInAnotherTabMeanwhile_SavesNothingAndShowsTheRatingAsItIsNow()
    {
        var (id, rater) = await InvitedAsync("Stale rating test");
        await app.RateAsync(rater, new Dictionary<string, int?> { ["P1.1"] = 2 });
        using var client = await app.ClientFor(Professional);
        await app.Query(async db => { (await db.CriterionRatings.SingleAsync(r => r.RaterId == rater)).Level = 4; return await db.SaveChangesAsync(); });

        var response = await GoldenThreadApp.PostForm(client, $"{Rate(id)}/P1.1", [new("Level", "1"), new("Version", "1")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("Someone else changed this rating", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.True(page.QuerySelector("input[name=Level][value='4']")!.HasAttribute("checked"));
        Assert.Equal(4, await app.Query(db => db.CriterionRatings.Where(r => r.RaterId == rater).Select(r => r.Level).SingleAsync()));
    }

    [Theory]
    [InlineData(-10, -2, AssessmentState.Open, "Rating closed on")]
    [InlineData(2, 20, AssessmentState.Open, "Rating opens on")]
    [InlineData(-1, 20, AssessmentState.Moderating, "Rating has closed")]
    public async Task Criterion_OutsideTheDatesOrOnceClosed_RefusesTheRatingSayingWhy(int opens, int closes, AssessmentState state, string why)
    {
        var (id, rater) = await InvitedAsync("Dates test", Today.AddDays(opens), Today.AddDays(closes), state);
        using var client = await app.ClientFor(Professional);

        var form = GoldenThreadApp.Parse(await client.GetStringAsync($"{Rate(id)}/P1.1"));
        var response = await GoldenThreadApp.PostForm(client, $"{Rate(id)}/P1.1", [new("Level", "2"), new("Version", "0")], tokenFrom: "/account/password");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Null(form.QuerySelector("input[name=Level]"));
        Assert.StartsWith(why, form.QuerySelector("#not-rating p")!.TextContent.Trim());
        Assert.StartsWith(why, page.QuerySelector(".nhsuk-error-summary__list")!.TextContent.Trim());
        Assert.False(await app.Query(db => db.CriterionRatings.AnyAsync(r => r.RaterId == rater)));
    }

    [Fact]
    public async Task Finish_WithEveryCriterionRated_RecordsThatTheRaterHasFinished()
    {
        var (id, rater) = await InvitedAsync("Finish test");
        await app.RateAsync(rater, (await app.FrameworkAsync()).Definition.Criteria.ToDictionary(c => c.Id, _ => (int?)2));
        using var client = await app.ClientFor(Professional);

        var summary = GoldenThreadApp.Parse(await client.GetStringAsync($"{Rate(id)}/finish"));
        var response = await GoldenThreadApp.PostForm(client, $"{Rate(id)}/finish", []);

        Assert.Equal($"{Rate(id)}/P1.1", summary.QuerySelector("#answer-p1-1 .nhsuk-summary-list__actions a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await app.Query(db => db.AssessmentRaters.Where(r => r.Id == rater).Select(r => r.SubmittedAt).SingleAsync()));
    }

    [Fact]
    public async Task Finish_WithCriteriaUnrated_IsRefused()
    {
        var (id, rater) = await InvitedAsync("Finish early test");
        await app.RateAsync(rater, new Dictionary<string, int?> { ["P1.1"] = 2 });
        using var client = await app.ClientFor(Professional);

        var response = await GoldenThreadApp.PostForm(client, $"{Rate(id)}/finish", []);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("Rate every criterion before you say you have finished", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Null(await app.Query(db => db.AssessmentRaters.Where(r => r.Id == rater).Select(r => r.SubmittedAt).SingleAsync()));
    }

    [Fact]
    public async Task Rate_AProfessionalNotInvited_IsRefused()
    {
        var id = await app.AddAssessmentAsync("Not invited test", opensOn: Today.AddDays(-1), closesOn: Today.AddDays(30));
        using var client = await app.ClientFor(Professional);

        var response = await client.GetAsync(Rate(id));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Rate_FromAnotherSystem_IsNotFound()
    {
        var (id, _) = await InvitedAsync("Other system test");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync($"/systems/{GoldenThreadApp.OtherSystem}/framework/assessments/{id}/rate");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Criterion_UnknownCriterion_IsNotFound()
    {
        var (id, _) = await InvitedAsync("Unknown criterion test");
        using var client = await app.ClientFor(Professional);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Rate(id)}/P9.9")).StatusCode);
    }
}
