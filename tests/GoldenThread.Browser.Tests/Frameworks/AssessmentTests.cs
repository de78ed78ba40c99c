using GoldenThread.Network;
using GoldenThread.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser.Frameworks;

public class AssessmentTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public AssessmentTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    private static DateOnly Today => UkDate.Today(TimeProvider.System);

    [Fact]
    public async Task Rater_CompletesPartLeavesReturnsAndFinishes()
    {
        var id = await app.AddAssessmentAsync("Browser rating round", opensOn: Today.AddDays(-1), closesOn: Today.AddDays(30));
        await app.AddRaterAsync(id, await app.PersonOfAsync(FrameworkRows.Professional));
        var total = (await app.FrameworkAsync()).Definition.Criteria.Count();
        var page = await OpenAsync();
        await SignInAsync(page, FrameworkRows.Professional);

        await page.GotoAsync("/systems/QXV/framework/assessments");
        await page.LookAsync("assessments-rater", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Start rating Browser rating round" }).ClickAsync();
        await Expect(page.Locator("#progress")).ToHaveTextAsync($"0 of {total} criteria reviewed");
        await page.LookAsync("rate-task-list", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "P1.1 Every clinical and care profession has a role and a voice in the system" }).ClickAsync();
        await page.LookAsync("rate-criterion", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select a rating for this criterion");
        await page.LookAsync("rate-criterion-error", Output);

        await page.GetByLabel("Developing").CheckAsync();
        await page.GetByLabel("Why this rating? (optional)").FillAsync("Every profession sits on the clinical cabinet");
        await page.GetByLabel("Evidence link 1").FillAsync("https://example.org/cabinet-terms");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(page.Locator("legend h1")).ToContainTextAsync("P1.2");
        await page.GetByLabel("Not applicable").CheckAsync();
        await page.GetByLabel("Why does this criterion not apply to your system?").FillAsync("Covered by the cabinet's own survey");
        await page.LookAsync("rate-criterion-not-applicable", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
        await Expect(page.Locator("#progress")).ToHaveTextAsync($"2 of {total} criteria reviewed");

        // leaves, and comes back later from the list of assessments
        await page.GotoAsync("/systems/QXV");
        await page.GotoAsync("/systems/QXV/framework/assessments");
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue rating Browser rating round" }).ClickAsync();
        await Expect(page.Locator("#status-p1-1")).ToHaveTextAsync("Rated");
        await page.GetByRole(AriaRole.Link, new() { Name = "P1.3", Exact = false }).ClickAsync();
        for (var left = total - 2; left > 0; left--)
        {
            await page.GetByLabel("Emerging").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        }

        await Expect(page.Locator("h1")).ToHaveTextAsync("Check your ratings");
        await Expect(page.Locator("#answer-p1-2")).ToContainTextAsync("Not applicable");
        await page.LookAsync("rate-finish", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "I have finished" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("you have finished rating");
        await Expect(page.Locator("#progress")).ToHaveTextAsync($"{total} of {total} criteria reviewed");
    }

    [Fact]
    public async Task Leader_OpensAnAssessmentInvitesARaterAndClosesRating()
    {
        await app.FrameworkAsync();
        var page = await OpenAsync();
        await SignInAsync(page, FrameworkRows.Leader);

        await page.GotoAsync("/systems/QXV/framework/assessments");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open an assessment" }).ClickAsync();
        await page.LookAsync("assessment-new", Output);
        await page.GetByLabel("Name").FillAsync("Leader's browser round");
        var opens = Today.AddDays(-1);
        var closes = Today.AddDays(20);
        var dates = page.Locator(".nhsuk-date-input");
        foreach (var (index, date) in new[] { (0, opens), (1, closes) })
        {
            await dates.Nth(index).GetByLabel("Day").FillAsync(date.Day.ToString());
            await dates.Nth(index).GetByLabel("Month").FillAsync(date.Month.ToString());
            await dates.Nth(index).GetByLabel("Year").FillAsync(date.Year.ToString());
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Open assessment" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Raters");
        var personId = await app.PersonOfAsync(FrameworkRows.Professional);
        var professional = await app.Query(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.People, p => p.Id == personId));
        await page.GetByLabel("Name or email contains").FillAsync(professional.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find people" }).ClickAsync();
        await page.GetByLabel(professional.Name, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite selected people" }).ClickAsync();
        await Expect(page.Locator("#invited tbody tr")).ToHaveCountAsync(1);
        await page.LookAsync("assessment-raters", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the assessment" }).ClickAsync();
        await Expect(page.Locator("#raters caption")).ToHaveTextAsync("0 of 1 raters finished");
        await page.LookAsync("assessment-overview", Output);
        await page.GetByRole(AriaRole.Link, new() { Name = "Close rating" }).ClickAsync();
        await page.LookAsync("assessment-close", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Close rating" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Rating has closed");
        await page.GotoAsync("/systems/QXV/framework/assessments");
        await page.LookAsync("assessments-leader", Output);
    }
}
