using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class VoiceTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Professional_ReadsWhereEachProfessionHasAVoice_OnAnotherDay()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "professional@goldenthread.example");

        await page.GotoAsync("/systems/QXV/representation/voice");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Voice against decision rights" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Where each profession stands at each level" })).ToBeVisibleAsync();
        await page.LookAsync("voice", Output);

        await page.GetByLabel("Day").FillAsync("30");
        await page.GetByLabel("Month").FillAsync("2");
        await page.GetByLabel("Year").FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Date must be a real date");
        await page.LookAsync("voice-error", Output);

        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await Expect(page.Locator("#voice-professions caption")).ToContainTextAsync("1 February 2024");
        await Expect(page.Locator(".nhsuk-error-summary")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task WithoutJavaScript_TheDateStillChangesTheTables()
    {
        var page = await OpenAsync(javaScript: false);
        await SignInAsync(page, "professional@goldenthread.example");
        await page.GotoAsync("/systems/QXV/representation/voice");

        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("8");
        await page.GetByLabel("Year").FillAsync("2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();

        await Expect(page.Locator("#voice-summary")).ToContainTextAsync("On 1 August 2022, of the 13 professions");
        await page.ScreenshotAsync("voice-no-javascript");
    }
}
