using System.Net;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Testing.ReviewFixtures;

namespace GoldenThread.Web.Pages.Programmes.Review;

/// <summary>The operator's review page: automatic assignment, adding a reviewer by hand (conflicts refused unless overridden) and removing one.</summary>
public class AssignmentsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static string PageOf(ReviewFixtures.Round round) => $"/programmes/rounds/{round.Id}/review";

    private Task<List<(Guid Application, string Reviewer)>> AssignedIn(ReviewFixtures.Round round) =>
        app.Query(async db => (await db.ReviewAssignments.Where(a => round.Applications.Contains(a.ApplicationId))
                .Join(db.Users, a => a.ReviewerAccountId, u => u.Id, (a, u) => new { a.ApplicationId, u.Email }).ToListAsync())
            .Select(x => (x.ApplicationId, x.Email!)).ToList());

    [Fact]
    public async Task AssignAutomatically_ThreeApplicationsTwoEach_GivesEachFreeReviewerTwoAndNoneToTheConflictedOne()
    {
        var round = await app.AddRoundAsync("auto-even", 3);
        using var client = await app.ClientFor(Operator);

        var response = await GoldenThreadApp.PostForm(client, $"{PageOf(round)}?handler=Assign", [], tokenFrom: PageOf(round));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var assigned = await AssignedIn(round);
        Assert.All(round.Applications, a => Assert.Equal(2, assigned.Count(x => x.Application == a)));
        Assert.Equal(FreeReviewers.Select(r => (r, 2)), assigned.GroupBy(x => x.Reviewer).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key));
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("6 reviewers added automatically", page.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
        Assert.Null(page.QuerySelector("#shortfalls"));
        var loads = page.QuerySelectorAll("#loads tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal(("0", "2"), (loads["Morgan Ellis (reviewer)"], loads["Jordan Price (reviewer)"]));
        Assert.Contains("Morgan Ellis (reviewer): Same integrated care system: NHS Severn Vale Integrated Care Board",
            page.QuerySelector("#applications tbody tr [data-kind=SameSystem]")!.TextContent);
    }

    [Fact]
    public async Task AssignAutomatically_AgainAfterOneByHand_KeepsItAndAddsOnlyWhatIsMissing()
    {
        var round = await app.AddRoundAsync("auto-keep", 1);
        await app.AssignAsync(round.Applications[0], FreeReviewers[2]);
        using var client = await app.ClientFor(Operator);

        await GoldenThreadApp.PostForm(client, $"{PageOf(round)}?handler=Assign", [], tokenFrom: PageOf(round));
        var again = await GoldenThreadApp.PostForm(client, $"{PageOf(round)}?handler=Assign", [], tokenFrom: PageOf(round));

        var assigned = await AssignedIn(round);
        Assert.Equal(2, assigned.Count);
        Assert.Contains((round.Applications[0], FreeReviewers[2]), assigned);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(again.Headers.Location!.OriginalString));
        Assert.StartsWith("No reviewers added", page.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
    }

    [Fact]
    public async Task AssignAutomatically_MoreReviewersNeededThanAreFree_AssignsTheFreeAndSaysWhyItIsShort()
    {
        var round = await app.AddRoundAsync("auto-short", 1, reviewersPerApplication: 4);
        using var client = await app.ClientFor(Operator);

        var response = await GoldenThreadApp.PostForm(client, $"{PageOf(round)}?handler=Assign", [], tokenFrom: PageOf(round));

        Assert.Equal(3, (await AssignedIn(round)).Count);
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal($"{round.References[0]} has 3 of 4 reviewers: 1 of the 4 reviewers has a conflict with it",
            page.QuerySelector("#shortfalls li")!.TextContent);
    }

    private Task<AngleSharp.Html.Dom.IHtmlDocument> Add(HttpClient client, ReviewFixtures.Round round, string reviewerId, string reason) =>
        GoldenThreadApp.PostForm(client, PageOf(round), "Add", new Dictionary<string, string>
        {
            ["ApplicationId"] = round.Applications[0].ToString(), ["ReviewerId"] = reviewerId, ["OverrideReason"] = reason,
        });

    [Fact]
    public async Task Add_ConflictedReviewerWithoutAReason_IsRefusedSayingWhy()
    {
        var round = await app.AddRoundAsync("add-refused", 1);
        using var client = await app.ClientFor(Operator);

        var page = await Add(client, round, await app.AccountIdAsync(LinkedReviewer), "  ");

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("#overridereason", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Contains($"Morgan Ellis (reviewer) has a conflict with {round.References[0]}", page.QuerySelector("#overridereason-error")!.TextContent);
        Assert.Contains("Same integrated care system: NHS Severn Vale Integrated Care Board", page.QuerySelector("#overridereason-error")!.TextContent);
        Assert.Empty(await AssignedIn(round));
    }

    [Fact]
    public async Task Add_ConflictedReviewerWithAReason_IsAssignedWithTheReasonStoredAndAudited()
    {
        var round = await app.AddRoundAsync("add-override", 1);
        using var client = await app.ClientFor(Operator);

        var response = await GoldenThreadApp.PostForm(client, $"{PageOf(round)}?handler=Add", new Dictionary<string, string>
        {
            ["ApplicationId"] = round.Applications[0].ToString(), ["ReviewerId"] = await app.AccountIdAsync(LinkedReviewer),
            ["OverrideReason"] = "The only reviewer who knows community falls services",
        }, tokenFrom: PageOf(round));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var assignment = await app.Query(db => db.ReviewAssignments.SingleAsync(a => a.ApplicationId == round.Applications[0]));
        Assert.Equal(("The only reviewer who knows community falls services", false), (assignment.ConflictOverrideReason, assignment.Automatic));
        var audit = await app.Query(db => db.AuditEntries.SingleAsync(e => e.Entity == "ReviewAssignment" && e.EntityId == assignment.Id.ToString()));
        Assert.Equal("operator@goldenthread.example", await app.Query(db => db.Users.Where(u => u.Id == audit.ActorAccountId).Select(u => u.Email).SingleAsync()));
        Assert.Contains(audit.Changes, c => c.Property == "ConflictOverrideReason" && c.After == "The only reviewer who knows community falls services");
        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(round)));
        Assert.Contains("Conflict overridden: The only reviewer who knows community falls services", page.QuerySelector("#applications")!.TextContent);
    }

    [Fact]
    public async Task Add_FreeReviewer_IsAssignedWithoutAnOverride()
    {
        var round = await app.AddRoundAsync("add-free", 1);
        using var client = await app.ClientFor(Operator);

        var response = await GoldenThreadApp.PostForm(client, $"{PageOf(round)}?handler=Add", new Dictionary<string, string>
        {
            ["ApplicationId"] = round.Applications[0].ToString(), ["ReviewerId"] = await app.AccountIdAsync(FreeReviewers[0]), ["OverrideReason"] = "not needed",
        }, tokenFrom: PageOf(round));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await app.Query(db => db.ReviewAssignments.SingleAsync(a => a.ApplicationId == round.Applications[0]))).ConflictOverrideReason);
    }

    [Fact]
    public async Task Add_NothingChosen_AsksForAnApplicationAndAReviewer()
    {
        var round = await app.AddRoundAsync("add-empty", 1);
        using var client = await app.ClientFor(Operator);

        var page = await GoldenThreadApp.PostForm(client, PageOf(round), "Add", new Dictionary<string, string> { ["ApplicationId"] = "", ["ReviewerId"] = "" });

        Assert.Equal(["Select an application", "Select a reviewer"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Add_ReviewerWhoDeclaredAConflict_IsRefusedQuotingTheDeclaration()
    {
        var round = await app.AddRoundAsync("add-declared", 1);
        var reviewer = await app.AccountIdAsync(FreeReviewers[1]);
        await app.Query(async db =>
        {
            var application = await db.TeamApplications.SingleAsync(a => a.Id == round.Applications[0]);
            db.ConflictDeclarations.Add(new GoldenThread.Programmes.ConflictDeclaration
                { SystemId = application.SystemId, ApplicationId = application.Id, ReviewerAccountId = reviewer, Reason = "I mentor the team's lead" });
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(Operator);

        var page = await Add(client, round, reviewer, "");

        Assert.Contains("Declared by the reviewer: I mentor the team's lead", page.QuerySelector("#overridereason-error")!.TextContent);
        Assert.Contains("Robin Shah (reviewer): Declared by the reviewer: I mentor the team's lead", page.QuerySelector("#applications")!.TextContent);
    }

    [Fact]
    public async Task Remove_NotYetScored_RemovesAtOnce()
    {
        var round = await app.AddRoundAsync("remove-now", 1);
        var assignment = await app.AssignAsync(round.Applications[0], FreeReviewers[0]);
        using var client = await app.ClientFor(Operator);

        var response = await GoldenThreadApp.PostForm(client, $"{PageOf(round)}?handler=Remove&assignmentId={assignment}", [], tokenFrom: PageOf(round));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await AssignedIn(round));
    }

    [Fact]
    public async Task Remove_Scored_AsksFirstThenRemovesOnConfirmation()
    {
        var round = await app.AddRoundAsync("remove-scored", 1);
        var assignment = await app.AssignAsync(round.Applications[0], FreeReviewers[0], [3, 3, 3, 3, 3], submitted: true);
        using var client = await app.ClientFor(Operator);

        var asked = await GoldenThreadApp.PostForm(client, $"{PageOf(round)}?handler=Remove&assignmentId={assignment}", [], tokenFrom: PageOf(round));
        Assert.Equal($"{PageOf(round)}/assignments/{assignment}/remove", asked.Headers.Location!.OriginalString);
        Assert.Single(await AssignedIn(round));
        var confirm = GoldenThreadApp.Parse(await client.GetStringAsync(asked.Headers.Location!.OriginalString));
        Assert.Contains("submitted scores", confirm.QuerySelector(".nhsuk-warning-callout")!.TextContent);

        var removed = await GoldenThreadApp.PostForm(client, asked.Headers.Location!.OriginalString, []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await AssignedIn(round));
    }

    [Fact]
    public async Task Get_AssignedApplicationNoLongerEligible_ListsItsReviewerWithARemoveButton()
    {
        var round = await app.AddRoundAsync("no-longer", 2);
        var assignment = await app.AssignAsync(round.Applications[1], FreeReviewers[0]);
        // The round now asks for more members than the teams have: neither application is eligible.
        await app.Query(async db =>
        {
            var stored = await db.ProgrammeRounds.SingleAsync(r => r.Id == round.Id);
            stored.MinTeamSize = 40;
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(round)));

        Assert.Null(page.QuerySelector("#applications"));
        var item = page.QuerySelector("#ineligible-assignments li")!;
        Assert.Equal(round.References[1], item.GetAttribute("data-application"));
        Assert.Contains("Assigned", item.TextContent);
        Assert.Contains($"Remove {await app.Query(db => db.Users.Where(u => u.Email == FreeReviewers[0]).Select(u => u.DisplayName).SingleAsync())} from {round.References[1]}",
            item.QuerySelector("button")!.TextContent);
        var removed = await GoldenThreadApp.PostForm(client, $"{PageOf(round)}?handler=Remove&assignmentId={assignment}", [], tokenFrom: PageOf(round));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await AssignedIn(round));
    }

    [Fact]
    public async Task Get_UnknownRound_IsNotFound()
    {
        using var client = await app.ClientFor(Operator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/programmes/rounds/{Guid.NewGuid()}/review")).StatusCode);
    }
}
