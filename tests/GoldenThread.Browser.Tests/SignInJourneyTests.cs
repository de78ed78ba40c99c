using GoldenThread.Web.Demo;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class SignInJourneyTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task LeadershipTeam_SignsIn_SeesTheDemoSystem_AndReadsTheAuditLog()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/");
        await page.LookAsync("home-anonymous", Output);
        Assert.Equal("rgb(0, 94, 184)", await page.EvalOnSelectorAsync<string>("header.nhsuk-header", "e => getComputedStyle(e).backgroundColor"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).First.ClickAsync();
        await page.LookAsync("sign-in", Output);
        await page.GetByLabel("Email address").FillAsync("leader@goldenthread.example");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(DemoSeeder.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your systems" })).ToBeVisibleAsync();
        await page.LookAsync("home-leader", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "NHS Severn Vale Integrated Care Board" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "NHS Severn Vale Integrated Care Board" })).ToBeVisibleAsync();
        await page.LookAsync("system-overview", Output);
        await NavigateAsync(page, "Audit log");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToBeVisibleAsync();
        await page.GetByLabel("What changed").SelectOptionAsync("Place");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(4);
        await page.LookAsync("audit-log", Output);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_WithMistakes_ShowsTheErrorSummaryThatFocusesTheField()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/account/sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await page.LookAsync("sign-in-errors", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter your email address" }).ClickAsync();
        await Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task WithoutJavaScript_SignInAndNavigationStillWork()
    {
        var page = await OpenAsync(javaScript: false);
        await SignInAsync(page, "admin@goldenthread.example");

        await page.GotoAsync("/systems/QXV/audit");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("audit-log-no-js");
    }

    [Fact]
    public async Task NotFound_AndForbidden_PagesAreAccessible()
    {
        var page = await OpenAsync();
        var missing = await page.GotoAsync("/no/such/page");
        Assert.Equal(404, missing!.Status);
        await page.LookAsync("not-found", Output);

        await SignInAsync(page, "professional@goldenthread.example");
        var forbidden = await page.GotoAsync("/systems/QXV/audit");

        Assert.Equal(403, forbidden!.Status);
        await page.LookAsync("forbidden", Output);
    }

    [Fact]
    public async Task SystemAdmin_GivesARole_FixingAMistakeOnTheWay()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "admin@goldenthread.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "NHS Severn Vale Integrated Care Board" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "NHS Severn Vale Integrated Care Board", Level = 1 })).ToBeVisibleAsync();
        await NavigateAsync(page, "Accounts and roles");
        await page.LookAsync("accounts", Output);

        await page.GetByLabel("Email address").FillAsync("new.secretary@nhs.example");
        await page.GetByLabel("Full name").FillAsync("Sol Secretary");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Body secretary" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Give role" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select the body they are secretary of");
        await page.LookAsync("accounts-error", Output);

        await page.GetByLabel("Body (for a body secretary)").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Give role" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-panel")).ToContainTextAsync("Account created");
        await page.LookAsync("accounts-created", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change password" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter your current password");
        await page.LookAsync("change-password-errors", Output);
    }
}
