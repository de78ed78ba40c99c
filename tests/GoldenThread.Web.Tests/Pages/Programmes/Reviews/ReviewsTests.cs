using System.Net;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Testing.ReviewFixtures;

namespace GoldenThread.Web.Pages.Programmes.Reviews;

/// <summary>A reviewer's own assignments: what they see, scoring with validation, and declaring a conflict.</summary>
public class ReviewsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Me = LinkedReviewer;
    private static readonly string Other = FreeReviewers[0];

    private static Dictionary<string, string> Scores(params (string Criterion, string Score)[] scores) =>
        scores.ToDictionary(s => $"Scores[{s.Criterion}]", s => s.Score);

    private static readonly (string, string)[] AllFours =
        [("R-WICKED-ISSUE", "4"), ("R-TEAM", "4"), ("R-CITIZENS", "4"), ("R-MEASURES", "4"), ("R-LEADERSHIP", "4")];

    [Fact]
    public async Task Mine_TwoReviewersInOneRound_EachSeesOnlyTheirOwnWithAHeaderLink()
    {
        var round = await app.AddRoundAsync("mine", 2);
        await app.AssignAsync(round.Applications[0], Me);
        await app.AssignAsync(round.Applications[1], Other);
        using var client = await app.ClientFor(Me);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/programmes/reviews"));

        var links = page.QuerySelectorAll("#assignments a").Select(a => a.TextContent).ToList();
        Assert.Contains($"{round.References[0]}: Team 1 of mine", links);
        Assert.DoesNotContain(links, l => l.StartsWith(round.References[1], StringComparison.Ordinal));
        Assert.Equal("/programmes/reviews", page.QuerySelector(".nhsuk-header__navigation a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Score_AnotherReviewersAssignment_IsNotFoundToReadScoreOrDeclare()
    {
        var round = await app.AddRoundAsync("not-mine", 1);
        var theirs = await app.AssignAsync(round.Applications[0], Other);
        using var client = await app.ClientFor(Me);
        using var owner = await app.ClientFor(Other);
        var token = await GoldenThreadApp.AntiforgeryToken(client, "/programmes/reviews");

        var read = await client.GetAsync($"/programmes/reviews/{theirs}");
        var score = await client.PostAsync($"/programmes/reviews/{theirs}?handler=Submit", new FormUrlEncodedContent(
            Scores(AllFours).Append(new("__RequestVerificationToken", token))));
        var declare = await client.GetAsync($"/programmes/reviews/{theirs}/conflict");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, score.StatusCode, declare.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/programmes/reviews/{theirs}")).StatusCode);
        Assert.Null((await app.Query(db => db.ReviewAssignments.SingleAsync(a => a.Id == theirs))).SubmittedAt);
    }

    [Fact]
    public async Task Score_PageShowsTheApplicationAndTheRubricButNoOtherReviewersScores()
    {
        var round = await app.AddRoundAsync("read", 1);
        var mine = await app.AssignAsync(round.Applications[0], Me);
        var theirs = await app.AssignAsync(round.Applications[0], Other, [2, 2, 2, 2, 2], submitted: true);
        await app.Query(async db =>
        {
            (await db.ReviewAssignments.SingleAsync(a => a.Id == theirs)).Comment = "Another reviewer's private view";
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(Me);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/reviews/{mine}"));

        Assert.Contains("Falls among older people living alone", page.QuerySelector("#application")!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll("input[name='Scores[R-TEAM]']").Length);
        Assert.Equal("The team is essentially one organisation or one profession.", page.QuerySelector("#scores-r-team-item-hint")!.TextContent);
        Assert.DoesNotContain("Another reviewer's private view", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("input[checked]"));
    }

    [Fact]
    public async Task Score_SubmitWithOneScoreMissing_SaysWhichAndKeepsWhatWasChosen()
    {
        var round = await app.AddRoundAsync("submit-missing", 1);
        var mine = await app.AssignAsync(round.Applications[0], Me);
        using var client = await app.ClientFor(Me);
        var form = Scores(AllFours.Where(s => s.Item1 != "R-TEAM").ToArray());
        form["Version"] = "1";

        var response = await GoldenThreadApp.PostForm(client, $"/programmes/reviews/{mine}?handler=Submit", form, tokenFrom: $"/programmes/reviews/{mine}");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        var error = Assert.Single(page.QuerySelectorAll(".nhsuk-error-summary__list a"));
        Assert.Equal(("#scores-r-team", "Select a score for the team"), (error.GetAttribute("href")!, error.TextContent));
        Assert.NotNull(page.QuerySelector("#scores-r-team-error"));
        Assert.Equal("4", page.QuerySelector("input[name='Scores[R-MEASURES]'][checked]")!.GetAttribute("value"));
        var stored = await app.Query(db => db.ReviewAssignments.SingleAsync(a => a.Id == mine));
        Assert.Equal((0, (DateTimeOffset?)null), (stored.Scores.Count, stored.SubmittedAt));
    }

    [Fact]
    public async Task Score_DraftThenSubmit_KeepsTheDraftAndThenSubmitsForTheOperator()
    {
        var round = await app.AddRoundAsync("submit", 1);
        var mine = await app.AssignAsync(round.Applications[0], Me);
        using var client = await app.ClientFor(Me);
        var draft = Scores(("R-TEAM", "2"));
        (draft["Comments[R-TEAM]"], draft["Version"]) = ("Only two sectors so far", "1");

        var saved = await GoldenThreadApp.PostForm(client, $"/programmes/reviews/{mine}?handler=Draft", draft, tokenFrom: $"/programmes/reviews/{mine}");
        var reopened = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/reviews/{mine}"));
        Assert.Equal("2", reopened.QuerySelector("input[name='Scores[R-TEAM]'][checked]")!.GetAttribute("value"));
        Assert.Equal("Only two sectors so far", reopened.QuerySelector("#comments-r-team")!.TextContent);
        var form = Scores([.. AllFours.Where(s => s.Item1 != "R-TEAM"), ("R-TEAM", "2")]);
        (form["Comments[R-TEAM]"], form["Version"]) = ("Only two sectors so far", GoldenThreadApp.FormValues(reopened).Single(f => f.Key == "Version").Value);
        var submitted = await GoldenThreadApp.PostForm(client, $"/programmes/reviews/{mine}?handler=Submit", form, tokenFrom: $"/programmes/reviews/{mine}");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (saved.StatusCode, submitted.StatusCode));
        Assert.Equal("/programmes/reviews", submitted.Headers.Location!.OriginalString);
        var stored = await app.Query(db => db.ReviewAssignments.SingleAsync(a => a.Id == mine));
        Assert.NotNull(stored.SubmittedAt);
        Assert.Equal(new GoldenThread.Programmes.RubricScore("R-TEAM", 2, "Only two sectors so far"), stored.Scores.Single(s => s.CriterionId == "R-TEAM"));
        var list = GoldenThreadApp.Parse(await client.GetStringAsync("/programmes/reviews"));
        Assert.Contains($"Your review of {round.References[0]} is submitted", list.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
        var again = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/reviews/{mine}"));
        Assert.Empty(again.QuerySelectorAll("input[type=radio]"));
    }

    [Fact]
    public async Task Conflict_Declared_RemovesTheAssignmentAndTheOperatorSeesTheReason()
    {
        var round = await app.AddRoundAsync("declare", 1);
        var mine = await app.AssignAsync(round.Applications[0], Me);
        using var client = await app.ClientFor(Me);

        var response = await GoldenThreadApp.PostForm(client, $"/programmes/reviews/{mine}/conflict",
            new Dictionary<string, string> { ["Reason"] = "I line-manage one of the members" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.Query(db => db.ReviewAssignments.AnyAsync(a => a.Id == mine)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programmes/reviews/{mine}")).StatusCode);
        using var operatorClient = await app.ClientFor(Operator);
        var review = GoldenThreadApp.Parse(await operatorClient.GetStringAsync($"/programmes/rounds/{round.Id}/review"));
        Assert.Contains("Morgan Ellis (reviewer): Declared by the reviewer: I line-manage one of the members",
            review.QuerySelector("#applications [data-kind=Declared]")!.TextContent);
    }

    [Fact]
    public async Task Conflict_NoReason_AsksForOne()
    {
        var round = await app.AddRoundAsync("declare-empty", 1);
        var mine = await app.AssignAsync(round.Applications[0], Me);
        using var client = await app.ClientFor(Me);

        var response = await GoldenThreadApp.PostForm(client, $"/programmes/reviews/{mine}/conflict", new Dictionary<string, string> { ["Reason"] = " " });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Enter why you cannot review this application fairly", page.QuerySelector(".nhsuk-error-summary__list a")!.TextContent);
        Assert.True(await app.Query(db => db.ReviewAssignments.AnyAsync(a => a.Id == mine)));
    }
}
