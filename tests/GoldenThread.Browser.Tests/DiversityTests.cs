using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class DiversityTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Professional_GivesTheirAnswersWithConsent_AndSeesOnlyWithheldOrRoundedCounts()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "professional@goldenthread.example");
        await page.GotoAsync("/systems/QXV");

        await NavigateAsync(page, "Diversity");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Diversity of leaders" })).ToBeVisibleAsync();
        await page.LookAsync("diversity-summary", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Give or change your own diversity information" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Confirm that you agree");
        await page.LookAsync("my-diversity-error", Output);

        await page.GetByLabel("Prefer not to say").First.CheckAsync();
        await page.GetByLabel("I agree to GoldenThread keeping this information").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Your diversity information is saved");
        await page.LookAsync("my-diversity-saved", Output);
    }

    [Fact]
    public async Task LeadershipTeam_OpensTheNetworkFilePage()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "leader@goldenthread.example");
        await page.GotoAsync("/systems/QXV/network");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Network file (JSON)" })).ToBeVisibleAsync();
        await page.LookAsync("network-file", Output);
    }
}
