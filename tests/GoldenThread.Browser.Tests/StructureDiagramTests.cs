using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class StructureDiagramTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task LeadershipTeam_OpensTheStructure_SeesTheDiagramAndItsList()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "leader@goldenthread.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "NHS Severn Vale Integrated Care Board" }).ClickAsync();

        await NavigateAsync(page, "Structure");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Leadership structure" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Leadership structure of NHS Severn Vale Integrated Care Board" })).ToBeVisibleAsync();
        await Expect(page.Locator(".gt-structure svg > g")).ToHaveCountAsync(25);
        await page.LookAsync("structure", Output);

        // The diagram's scroll container takes keyboard focus, so it can be scrolled without a mouse.
        await page.Locator(".gt-structure").FocusAsync();
        await Expect(page.Locator(".gt-structure")).ToBeFocusedAsync();
        // The drawing in full, wider than the page, to look at on its own.
        await File.WriteAllTextAsync(Path.Combine(PageChecks.ArtifactsFolder, "structure.svg"),
            await page.Locator(".gt-structure svg").EvaluateAsync<string>("svg => svg.outerHTML"));

        await page.GetByLabel("Place", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Brackenmoor" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show structure" }).ClickAsync();
        await Expect(page.Locator(".gt-structure svg > g")).ToHaveCountAsync(13 + 3);
        await page.LookAsync("structure-brackenmoor", Output);
    }

    [Fact]
    public async Task WithoutJavaScript_TheDiagramIsStillDrawn()
    {
        var page = await OpenAsync(javaScript: false);
        await SignInAsync(page, "professional@goldenthread.example");

        await page.GotoAsync("/systems/QXV/structure");

        await Expect(page.Locator(".gt-structure svg > g")).ToHaveCountAsync(25);
        await page.ScreenshotAsync("structure-no-js");
    }
}
