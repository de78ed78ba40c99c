using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class ReportTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task LeadershipTeam_ReadsTheGaps_TriesACarer_AndSeesTheGapClose()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "leader@goldenthread.example");
        await page.GotoAsync("/systems/QXV");

        await NavigateAsync(page, "Representation");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Representation", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#summary-gaps")).ToContainTextAsync("gaps");
        await page.LookAsync("representation-by-body", Output);

        var carerGap = page.Locator(".gt-finding--gap", new() { HasText = "has no current carer" });
        await carerGap.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^What if") }).First.ClickAsync();

        await Expect(page.Locator("#what-if-closed")).ToContainTextAsync("has no current carer");
        await Expect(page.Locator(".nhsuk-tag--green")).ToHaveCountAsync(1);
        await page.LookAsync("representation-what-if", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Stop trying appointments" }).ClickAsync();
        await Expect(page.Locator("#what-if")).ToHaveCountAsync(0);

        await page.GetByLabel("Severity").SelectOptionAsync("gap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show findings" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Findings by rule" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Service users and carers on mental health bodies" })).ToBeVisibleAsync();
        await Expect(page.Locator(".nhsuk-tag--yellow")).ToHaveCountAsync(0);
        await page.LookAsync("representation-gaps-by-rule", Output);
    }
}
