using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class MeasureTests : BrowserTest, IClassFixture<BrowserFixture>
{
    public MeasureTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) { }

    [Fact]
    public async Task Professional_SortsTheBoardAndReadsAChart_TableMatchesTheChartsPoints()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "professional@goldenthread.example");

        await page.GotoAsync("/systems/QXV/measures");
        await page.GetByRole(AriaRole.Link, new() { Name = "Variation" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort=ascending]")).ToContainTextAsync("Variation");
        await Expect(page.Locator("tbody tr").First.Locator("[data-variation] .gt-spc-icon__name")).ToHaveTextAsync("Special cause concern (high)");
        await page.LookAsync("measures-board", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Median weeks waiting for first contact with community mental health services" }).ClickAsync();
        var chart = page.Locator("#chart svg.gt-spc__svg--wide");
        await Expect(chart).ToHaveAccessibleNameAsync("Median weeks waiting for first contact with community mental health services");
        await Expect(chart).ToBeVisibleAsync();
        await Expect(page.Locator("#chart svg.gt-spc__svg--narrow")).ToBeHiddenAsync();
        var marks = await chart.Locator("g.gt-spc__point").EvaluateAllAsync<string[]>("gs => gs.map(g => g.getAttribute('class').split('--')[1])");
        var rows = await page.Locator("table.gt-spc-table tbody td[data-point-type]").EvaluateAllAsync<string[]>("tds => tds.map(td => td.dataset.pointType)");
        Assert.Equal(rows, marks);
        Assert.Contains("special_cause_concern", marks);
        await page.LookAsync("measure", Output);
    }

    [Fact]
    public async Task Leader_PastesPointsWithABadLine_IsToldTheLineThenAddsThem()
    {
        var page = await OpenAsync(javaScript: false);
        await SignInAsync(page, "leader@goldenthread.example");
        await page.GotoAsync("/systems/QXV/measures/new");
        await page.GetByLabel("Name").FillAsync("Falls in care homes");
        await page.GetByLabel("Unit").FillAsync("falls");
        await page.GetByLabel("Lower is better").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save measure" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Paste or upload points" }).ClickAsync();

        await page.GetByLabel("Paste lines of date and value").FillAsync("date,value\n2025-01-01,31\n2025-02-01,29\n31/02/2025,30\n2025-04-01,27");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save points" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Line 4: '31/02/2025' is not a real date");
        await page.ScreenshotAsync("measure-points-error");

        await page.GetByLabel("Paste lines of date and value").FillAsync("2025-01-01\t31\n2025-02-01\t29\n2025-03-01\t30\n2025-04-01\t27");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save points" }).ClickAsync();

        await Expect(page.Locator("table.gt-spc-table tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("#chart svg.gt-spc__svg--wide")).ToHaveAccessibleNameAsync("Falls in care homes");
        await page.ScreenshotAsync("measure-new");
    }
}
