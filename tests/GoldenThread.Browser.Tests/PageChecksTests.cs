using Xunit.Abstractions;

namespace GoldenThread.Browser;

/// <summary>The accessibility check every browser test relies on finds what it should: were it to find nothing, every page would pass.</summary>
public class PageChecksTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AxeViolations_AnUnlabelledInputAndAnImageWithoutAlt_AreBothFound()
    {
        var page = await OpenAsync();
        await page.SetContentAsync("""<!DOCTYPE html><html lang="en"><head><title>Faulty</title></head><body><main><h1>Faulty</h1><img src="data:,"><input type="text"></main></body></html>""");

        var violations = await page.AxeViolationsAsync();

        Assert.Equal(["image-alt", "label"], violations.Select(v => v[..v.IndexOf(' ')]).Order());
    }

    [Fact]
    public async Task AxeViolations_TheSignInPage_HasNone()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/account/sign-in");

        Assert.Empty(await page.AxeViolationsAsync());
    }
}
