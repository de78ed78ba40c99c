using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser.Frameworks;

public class PlanTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public PlanTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    [Fact]
    public async Task Leader_AddsAnActionAfterAMistake_SeesItInThePlanInPrintAndOnThePublicPage()
    {
        var framework = await app.FrameworkAsync();
        // Publishing is the framework home's button; here the framework is published as that button would.
        await app.Query(async db =>
        {
            var stored = await db.Frameworks.SingleAsync(f => f.Id == framework.FrameworkId);
            stored.PublishedAt = FrameworkRows.Created;
            return await db.SaveChangesAsync();
        });
        var page = await OpenAsync();
        await SignInAsync(page, FrameworkRows.Leader);

        await page.GotoAsync("/systems/QXV/framework/plan");
        await page.LookAsync("plan", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an action" }).ClickAsync();
        await page.GetByLabel("Criterion", new() { Exact = true }).SelectOptionAsync("P1.1");
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Give every profession a seat on the clinical cabinet");
        await page.GetByLabel("Owner", new() { Exact = true }).FillAsync("Chief medical officer");
        await page.GetByLabel("In progress").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter a due date");
        await page.LookAsync("plan-action-error", Output);

        await page.GetByLabel("Day").FillAsync("31");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("2099");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("added to the plan");
        var row = page.Locator("tr", new() { HasText = "Give every profession a seat on the clinical cabinet" });
        await Expect(row).ToContainTextAsync("Chief medical officer");
        await Expect(row).ToContainTextAsync("In progress");
        await page.LookAsync("plan-with-action", Output);

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Change the action");
        await page.LookAsync("plan-action", Output);

        await page.GotoAsync("/systems/QXV/framework/plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Printable plan" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Framework and plan");
        await Expect(page.Locator("main")).ToContainTextAsync("Give every profession a seat on the clinical cabinet");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".nhsuk-header__navigation")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.LookAsync("plan-print", Output);

        var anonymous = await OpenAsync();
        await anonymous.GotoAsync("/systems/QXV/framework/published");
        await Expect(anonymous.Locator("h1")).ToHaveTextAsync("Our leadership framework and plan");
        await Expect(anonymous.Locator("main")).ToContainTextAsync("Give every profession a seat on the clinical cabinet");
        await anonymous.LookAsync("framework-published", Output);
    }
}
