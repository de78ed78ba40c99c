using System.Text.RegularExpressions;
using GoldenThread.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static GoldenThread.Testing.ReviewFixtures;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class ReviewTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public ReviewTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    private static readonly string[] Criteria = ["r-wicked-issue", "r-team", "r-citizens", "r-measures", "r-leadership"];

    [Fact]
    public async Task Review_OperatorAssignsAndOverridesAConflict_ReviewerScoresAfterAMistake_OperatorReadsAndModerates()
    {
        var round = await app.AddRoundAsync("browser-review", 3);
        var review = $"/programmes/rounds/{round.Id}/review";

        // The operator assigns automatically: the demo reviewer works in the applying system, so gets none.
        var operatorPage = await OpenAsync();
        await SignInAsync(operatorPage, Operator);
        await operatorPage.GotoAsync(review);
        await operatorPage.LookAsync("review-assignments-empty", Output);
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Assign automatically" }).ClickAsync();
        await Expect(operatorPage.Locator(".nhsuk-notification-banner")).ToContainTextAsync("6 reviewers added automatically");
        await Expect(operatorPage.Locator("#loads tr[data-reviewer] td").First).ToBeVisibleAsync();
        await operatorPage.LookAsync("review-assignments", Output);

        // Adding the conflicted reviewer by hand is refused with the conflict; with a reason it is accepted.
        await operatorPage.GetByLabel("Application", new() { Exact = true }).SelectOptionAsync(round.Applications[0].ToString());
        await operatorPage.GetByLabel("Reviewer", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Morgan Ellis (reviewer)" });
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Add reviewer" }).ClickAsync();
        await Expect(operatorPage).ToHaveTitleAsync(new Regex("^Error: "));
        await Expect(operatorPage.Locator(".nhsuk-error-summary")).ToContainTextAsync("Same integrated care system: NHS Severn Vale Integrated Care Board");
        await operatorPage.LookAsync("review-add-refused", Output);
        await operatorPage.GetByLabel("Reason for overriding a conflict (optional)").FillAsync("The only reviewer who knows community falls services");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Add reviewer" }).ClickAsync();
        await Expect(operatorPage.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Morgan Ellis (reviewer) will review browser-review-1, their conflict overridden");

        // The reviewer finds it under My reviews and submits with a score missing, then completes it.
        var reviewerPage = await OpenAsync();
        await SignInAsync(reviewerPage, LinkedReviewer);
        await NavigateAsync(reviewerPage, "My reviews");
        await reviewerPage.LookAsync("my-reviews", Output);
        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = "browser-review-1: Team 1 of browser-review" }).ClickAsync();
        await reviewerPage.LookAsync("review-score", Output);
        foreach (var criterion in Criteria.Where(c => c != "r-team"))
            await reviewerPage.Locator($"label[for=scores-{criterion}-4]").ClickAsync();
        await reviewerPage.GetByLabel("Comment on the wicked issue (optional)").FillAsync("A real cross-sector issue");
        await reviewerPage.GetByRole(AriaRole.Button, new() { Name = "Submit review" }).ClickAsync();
        await Expect(reviewerPage).ToHaveTitleAsync(new Regex("^Error: "));
        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = "Select a score for the team" }).ClickAsync();
        await Expect(reviewerPage.Locator("#scores-r-team")).ToBeFocusedAsync();
        await reviewerPage.LookAsync("review-score-error", Output);
        await reviewerPage.Locator("label[for=scores-r-team-2]").ClickAsync();
        await reviewerPage.GetByRole(AriaRole.Button, new() { Name = "Submit review" }).ClickAsync();
        await Expect(reviewerPage.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Your review of browser-review-1 is submitted");
        await Expect(reviewerPage.Locator("#assignments")).ToContainTextAsync("Scored");

        // The operator reads the scores: the reviewer's 4s and 2 for the team come to (100 + 40 + 80 + 60 + 80) / 100 = 3.60.
        await operatorPage.GotoAsync($"{review}/results");
        var row = operatorPage.Locator("#scores tr[data-application='browser-review-1']");
        await Expect(row.Locator("[data-column=reviews]")).ToContainTextAsync("1 of 2");
        await Expect(row.Locator("[data-column=mean]")).ToContainTextAsync("3.60");
        await operatorPage.LookAsync("review-results", Output);
        await row.GetByRole(AriaRole.Link, new() { Name = "Moderate browser-review-1" }).ClickAsync();
        await operatorPage.LookAsync("review-moderate", Output);
        await operatorPage.GetByLabel("Moderated score").FillAsync("3.8");
        await operatorPage.GetByLabel("Reason", new() { Exact = true }).FillAsync("Panel agreed the team's breadth was under-scored");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Save moderated score" }).ClickAsync();
        await Expect(operatorPage.Locator("#scores tr[data-application='browser-review-1'] [data-column=moderated]")).ToContainTextAsync("3.80");
        await Expect(operatorPage.Locator(".nhsuk-notification-banner")).ToContainTextAsync("browser-review-1 moderated to 3.80");

        // Removing a reviewer who has scored asks first.
        await operatorPage.GotoAsync(review);
        await operatorPage.Locator("#applications tr[data-application='browser-review-1']")
            .GetByRole(AriaRole.Link, new() { Name = "Remove Morgan Ellis (reviewer) from browser-review-1" }).ClickAsync();
        await Expect(operatorPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Are you sure you want to remove Morgan Ellis (reviewer)");
        await operatorPage.LookAsync("review-remove", Output);
    }

    [Fact]
    public async Task Reviewer_DeclaresAConflict_TheAssignmentGoesAndTheOperatorSeesWhy()
    {
        var round = await app.AddRoundAsync("browser-declare", 1);
        await app.AssignAsync(round.Applications[0], FreeReviewers[0]);

        var reviewerPage = await OpenAsync();
        await SignInAsync(reviewerPage, FreeReviewers[0]);
        await reviewerPage.GotoAsync("/programmes/reviews");
        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = "browser-declare-1: Team 1 of browser-declare" }).ClickAsync();
        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = "declare a conflict" }).ClickAsync();
        await reviewerPage.LookAsync("review-conflict", Output);
        await reviewerPage.GetByLabel("Why can you not review this application fairly?").FillAsync("I advised the team on its measures");
        await reviewerPage.GetByRole(AriaRole.Button, new() { Name = "Declare conflict" }).ClickAsync();
        await Expect(reviewerPage.Locator(".nhsuk-notification-banner")).ToContainTextAsync("browser-declare-1 is no longer assigned to you");
        await Expect(reviewerPage.Locator("#declared")).ToContainTextAsync("I advised the team on its measures");

        var operatorPage = await OpenAsync();
        await SignInAsync(operatorPage, Operator);
        await operatorPage.GotoAsync($"/programmes/rounds/{round.Id}/review");
        await Expect(operatorPage.Locator("#applications [data-kind=Declared]")).ToContainTextAsync("Jordan Price (reviewer): Declared by the reviewer: I advised the team on its measures");
    }
}
