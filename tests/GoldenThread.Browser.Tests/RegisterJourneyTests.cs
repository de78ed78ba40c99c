using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class RegisterJourneyTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task LeadershipTeam_CreatesABody_AfterAMistake_ThenAddsAMember()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "leader@goldenthread.example");
        await page.GotoAsync("/systems/QXV");
        await NavigateAsync(page, "Register");
        await page.LookAsync("register-hub", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Leadership bodies", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Leadership bodies" })).ToBeVisibleAsync();
        await page.LookAsync("bodies-list", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a body" }).ClickAsync();
        await page.LookAsync("body-new", Output);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Frailty clinical network");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save body" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await page.LookAsync("body-new-errors", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Select a kind of body" }).ClickAsync();
        await Expect(page.GetByLabel("Kind of body")).ToBeFocusedAsync();

        await page.GetByLabel("Kind of body").SelectOptionAsync("network-board");
        await page.GetByLabel("System", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Recommends", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Topic (optional)").FillAsync("frailty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save body" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Frailty clinical network", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Frailty clinical network added");
        await page.LookAsync("body-detail-new", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a member" }).ClickAsync();
        var person = page.GetByLabel("Person", new() { Exact = true });
        await person.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var name = await person.EvaluateAsync<string>("s => s.options[s.selectedIndex].text");
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("chair");
        await page.GetByLabel("Clinical", new() { Exact = true }).CheckAsync();
        await page.Locator("#start").FillAsync("1");
        await page.Locator("#start-month").FillAsync("4");
        await page.Locator("#start-year").FillAsync("2025");
        await page.GetByLabel("Hours a month").FillAsync("8");
        await page.LookAsync("member-new", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save membership" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync($"{name} added as chair");
        await Expect(page.Locator("table").First).ToContainTextAsync(name);
        await page.LookAsync("body-detail-member", Output);
    }

    [Fact]
    public async Task LeadershipTeam_AddsAPostWithASuccessor_ThenDeletesIt()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "leader@goldenthread.example");
        await page.GotoAsync("/systems/QXV/register");
        await page.GetByRole(AriaRole.Link, new() { Name = "Posts", Exact = true }).ClickAsync();
        await page.LookAsync("posts-list", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a post" }).ClickAsync();

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Frailty clinical lead");
        await page.GetByLabel("System", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Nursing", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Sessions a week").FillAsync("2");
        var successor = page.Locator("#successors-0-personid");
        await successor.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        var name = await successor.EvaluateAsync<string>("s => s.options[s.selectedIndex].text");
        await page.Locator("#successors-0-readiness").SelectOptionAsync("ready-now");
        await page.LookAsync("post-new", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save post" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Frailty clinical lead", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"{name} (Ready now)");
        await page.LookAsync("post-detail", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete Frailty clinical lead" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to delete Frailty clinical lead?" })).ToBeVisibleAsync();
        await page.LookAsync("post-delete", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, delete" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Frailty clinical lead deleted");
        await page.LookAsync("posts-list-deleted", Output);
    }
}
