using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class FrameworkAdaptationTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    private const string Adopted = "Working with people and communities";

    [Fact]
    public async Task Leader_AdoptsAFrameworkAndRewordsACriterion_PastVersionKeepsTheOldWording()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "leader@goldenthread.example");
        await page.GotoAsync("/systems/QXV");
        await NavigateAsync(page, "Framework");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Leadership framework");
        await page.LookAsync("framework-home", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Adopt {Adopted}" }).ClickAsync();
        await page.LookAsync("framework-adopt", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Adopt this framework" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Adopted);
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("adopted as version 1");
        await page.Locator("#criterion-C2\\.1 details summary").ClickAsync();
        await Expect(page.Locator("#criterion-C2\\.1 details dd").First).ToBeVisibleAsync();
        await page.LookAsync("framework", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change criterion C2.1" }).ClickAsync();
        var oldText = await page.GetByLabel("What good looks like").InputValueAsync();
        await page.GetByLabel("What good looks like").FillAsync("People are involved from the first idea, and hear back within a month");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save criterion" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter what changed and why");
        await page.LookAsync("framework-change-criterion-error", Output);

        await page.GetByLabel("What changed and why").FillAsync("Our citizens' panel asked for a deadline on feedback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save criterion" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Criterion C2.1 changed: the framework is now at version 2");
        await Expect(page.Locator("#criterion-C2\\.1 h3")).ToContainTextAsync("hear back within a month");
        await Expect(page.Locator("#versions ~ table tbody tr")).ToHaveCountAsync(2);

        await page.GetByRole(AriaRole.Link, new() { Name = "Version 1", Exact = true }).ClickAsync();
        await Expect(page.Locator("#criterion-C2\\.1 h3")).ToContainTextAsync(oldText);
        await page.LookAsync("framework-version", Output);
    }
}
