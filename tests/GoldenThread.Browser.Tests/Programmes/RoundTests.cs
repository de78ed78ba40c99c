using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class RoundTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    private const string Operator = "operator@goldenthread.example";

    [Fact]
    public async Task Operator_OpensARoundWithAClosingDateTooEarly_IsToldThenOpensIt()
    {
        var page = await OpenAsync();
        await SignInAsync(page, Operator);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programme rounds", Level = 1 })).ToBeVisibleAsync();
        await page.LookAsync("programme-rounds", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open a round" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open a round" })).ToBeVisibleAsync();
        await page.LookAsync("round-new", Output);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Spring 2027 round");
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("2027-spring");
        await FillDateAsync(page, "Opening date", "1", "3", "2027");
        await FillDateAsync(page, "Closing date", "28", "2", "2027");
        await page.GetByLabel("NHS Severn Vale Integrated Care Board (QXV)").CheckAsync();
        await page.GetByLabel("NHS Kent and Medway Integrated Care Board (QKS)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary li")).ToHaveCountAsync(1);
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Closing date must be the same as or after the opening date, 1 Mar 2027");
        await Expect(page.GetByLabel("NHS Kent and Medway Integrated Care Board (QKS)")).ToBeCheckedAsync();
        await page.LookAsync("round-new-error", Output);

        await FillDateAsync(page, "Closing date", "30", "4", "2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Spring 2027 round", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Spring 2027 round opened");
        await Expect(page.Locator("#systems tbody tr")).ToHaveCountAsync(2);
        await page.LookAsync("round-overview", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change the settings, dates or systems" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change the round" })).ToBeVisibleAsync();
        await page.LookAsync("round-settings", Output);

        await page.GotoAsync(page.Url.Replace("/settings", "/close"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Close the round" })).ToBeVisibleAsync();
        await page.LookAsync("round-close", Output);
    }

    [Fact]
    public async Task Operator_ReadsTheClosedRoundsApplicationsAndChecksARuleChange()
    {
        var page = await OpenAsync();
        await SignInAsync(page, Operator);
        // The demo's closed round takes its name from the season it closed in, which follows the clock.
        await page.Locator("tbody tr", new() { HasText = "Closed" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "View applications" }).ClickAsync();

        await Expect(page.Locator("#applications tbody tr")).ToHaveCountAsync(12);
        await page.GetByLabel("Eligibility", new() { Exact = true }).SelectOptionAsync("no");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.Locator("#applications tbody tr")).ToHaveCountAsync(5);
        await page.LookAsync("round-applications", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Salford housing first health" }).ClickAsync();
        await Expect(page.Locator(".gt-eligibility tbody tr[data-status=fail]")).ToHaveCountAsync(2);
        await page.LookAsync("round-application", Output);

        await page.GotoAsync(page.Url[..page.Url.IndexOf("/applications", StringComparison.Ordinal)] + "/settings");
        await page.GetByLabel("Teams per system").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check the change to the round’s rules" })).ToBeVisibleAsync();
        await Expect(page.Locator("#effects tbody tr")).ToHaveCountAsync(1);
        await page.LookAsync("round-settings-confirm", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Go back to the settings" }).ClickAsync();
        await Expect(page.GetByLabel("Teams per system")).ToHaveValueAsync("6");
    }

    private static async Task FillDateAsync(IPage page, string legend, string day, string month, string year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }
}
