using GoldenThread.Testing;
using GoldenThread.Web.Demo;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser.Development;

public class MentoringTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public MentoringTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    [Fact]
    public async Task Professional_AsksForAMentorAfterAMistake_ThenRecordsAMeetingOfTheirPair()
    {
        // A round of its own: the leadership team's test closes the demo's open one.
        const string round = "Browser mentoring";
        await app.AddMentoringRoundAsync(round);
        var page = await OpenAsync();
        await SignInAsync(page, FrameworkRows.Professional);

        await page.GotoAsync("/systems/QXV");
        await DevelopmentAsync(page, "Mentoring");
        await Expect(page.Locator("#my-pairs")).ToContainTextAsync(DemoMentoring.PublishedTitle);
        await page.LookAsync("mentoring", Output);

        await page.Locator(".nhsuk-card", new() { HasText = round }).GetByRole(AriaRole.Link, new() { Name = "Ask for a mentor" }).ClickAsync();
        await page.GetByLabel("Medicine").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for a mentor" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter what you hope to get from mentoring");
        await page.LookAsync("mentoring-request-error", Output);
        await page.GetByLabel("What do you hope to get from mentoring?").FillAsync("Confidence leading across organisations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for a mentor" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("You have asked for a mentor");
        await Expect(page.Locator(".nhsuk-card", new() { HasText = round })).ToContainTextAsync("Change or withdraw your request");

        await page.Locator(".nhsuk-card", new() { HasText = round }).GetByRole(AriaRole.Link, new() { Name = "Offer to mentor" }).ClickAsync();
        await page.LookAsync("mentoring-offer", Output);

        await page.GotoAsync("/systems/QXV/development/mentoring");
        await page.Locator("#my-pairs").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("#meetings")).ToBeVisibleAsync();
        await page.LookAsync("mentoring-pair", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a meeting" }).ClickAsync();
        await page.GetByLabel("Notes (optional)").FillAsync("Went through the place board agenda together");
        await page.LookAsync("mentoring-meeting", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record meeting" }).ClickAsync();
        await Expect(page.Locator("#meetings")).ToContainTextAsync("Went through the place board agenda together");

        await page.GetByRole(AriaRole.Link, new() { Name = "End this mentoring early" }).ClickAsync();
        await page.LookAsync("mentoring-end", Output);

        // Their own page counts the meeting's hour in their development record, never its words.
        await page.GotoAsync("/systems/QXV/me");
        await Expect(page.Locator("#development ~ table").Last).ToContainTextAsync("Mentoring meeting with");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Went through the place board agenda together");
        await page.LookAsync("development-record", Output);
    }

    [Fact]
    public async Task Leader_OpensARound_ClosesMatchesAndPublishesTheDemoRound()
    {
        var page = await OpenAsync();
        await SignInAsync(page, FrameworkRows.Leader);

        await page.GotoAsync("/systems/QXV/development/mentoring");
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage mentoring rounds" }).ClickAsync();
        await page.LookAsync("mentoring-rounds", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Open a round" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open round" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter a title for the round");
        await page.LookAsync("mentoring-round-new-error", Output);

        await page.GotoAsync("/systems/QXV/development/mentoring/rounds");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoMentoring.OpenTitle }).ClickAsync();
        await page.LookAsync("mentoring-round-open", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Close and match" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("proposed");
        await page.LookAsync("mentoring-round-proposed", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Published");

        await page.GotoAsync("/systems/QXV/development/mentoring/rounds");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoMentoring.PublishedTitle }).ClickAsync();
        await Expect(page.Locator("#pair-table")).ToContainTextAsync("Ended");
        await page.LookAsync("mentoring-round-published", Output);
    }
}
