using GoldenThread.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static GoldenThread.Testing.ProgrammeRows;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class SelectionTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public SelectionTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    [Fact]
    public async Task Operator_SelectsWithinTheCapRecordsFeedbackAndPublishes_TheTeamBecomesALearningSet()
    {
        // Two places a system and about 10 people: the third QXV team, submitted last, has no place and cannot be chosen;
        // the two that can bring 12 people, which is refused until the operator confirms it.
        var round = await app.AddRoundAsync(maxTeamsPerSystem: 2, peoplePerSystem: 10);
        await app.AddApplicationAsync(round, "QXV", Eligible("Riverside Falls Team"), minute: 1);
        await app.AddApplicationAsync(round, "QXV", Eligible("Frailty at Home"), minute: 2);
        await app.AddApplicationAsync(round, "QXV", Eligible("Late Starters"), minute: 3);
        var page = await OpenAsync();
        await SignInAsync(page, Operator);

        await page.GotoAsync($"/programmes/rounds/{round}/selection");
        await Expect(page.Locator("#ineligible")).ToContainTextAsync("3rd of 3 complete teams from QXV by submission time");
        await Expect(page.GetByLabel("Select Late Starters")).ToHaveCountAsync(0);
        await page.LookAsync("selection", Output);
        await page.GetByLabel("Select Riverside Falls Team").CheckAsync();
        await page.GetByLabel("Select Frailty at Home").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save selection" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("have 12 members; the round plans for about 10 people a system");
        await page.LookAsync("selection-refused", Output);

        await page.GetByLabel("I confirm selecting 12 people from QXV").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save selection" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Selection saved: 2 teams selected, 1 team not selected");

        foreach (var team in new[] { "Riverside Falls Team", "Frailty at Home", "Late Starters" })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = $"Record feedback for {team}" }).ClickAsync();
            await page.GetByLabel("Feedback to the team").FillAsync($"Feedback for {team}: thank you for applying.");
            if (team == "Riverside Falls Team") await page.LookAsync("decision", Output);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Publish the outcomes to the teams" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Are you sure you want to publish the outcomes?");
        await page.LookAsync("publish-outcomes", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish outcomes" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Outcomes published: the teams can see them, and 2 learning sets were formed");

        await page.GotoAsync($"/programmes/rounds/{round}/summary");
        await page.LookAsync("summary-preview", Output);

        var member = await OpenAsync();
        await SignInAsync(member, "professional@goldenthread.example");
        await member.GotoAsync("/systems/QXV");
        await DevelopmentAsync(member, "Learning sets");
        await member.LookAsync("learning-sets", Output);
        await member.GetByRole(AriaRole.Link, new() { Name = "Riverside Falls Team" }).ClickAsync();
        await Expect(member.Locator("#members tbody tr")).ToHaveCountAsync(6);
        await Expect(member.Locator("#measures tbody tr")).ToHaveCountAsync(1);
        await member.LookAsync("learning-set", Output);
        await member.GetByRole(AriaRole.Link, new() { Name = "Falls admissions" }).ClickAsync();
        await Expect(member.Locator("#learning-set")).ToHaveTextAsync("Riverside Falls Team");
    }

    [Fact]
    public async Task Public_ReadsThePublishedDemoSummary()
    {
        var round = await app.Query(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.ProgrammeRounds, r => r.Code == GoldenThread.Web.Demo.DemoSelection.RoundCode));
        var page = await OpenAsync();

        await page.GotoAsync($"/programmes/rounds/{round.Id}/summary");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Summary of applications");
        await Expect(page.Locator("#overall tbody tr").First).ToContainTextAsync("5");
        await page.LookAsync("summary-public", Output);
    }
}
