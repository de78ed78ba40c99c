using GoldenThread.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class ModerationTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public ModerationTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    [Fact]
    public async Task Leader_ModeratesTheLastCriterionAfterAValidationError_CompletesAndSeesTheResults()
    {
        // Every criterion moderated at 3 but P1.1, which raters rated 1, 3 and 3: uncertain, suggested 3.
        var assessment = await app.AddModeratingAssessmentAsync("Browser moderation");
        await app.ModerateAsync(assessment.AssessmentId, assessment.CriterionIds.Where(id => id != "P1.1").ToDictionary(id => id, _ => (int?)3));
        var page = await OpenAsync();
        await SignInAsync(page, FrameworkRows.Leader);

        await page.GotoAsync($"/systems/QXV/framework/assessments/{assessment.AssessmentId}/moderation");
        await Expect(page.Locator("#criterion-P1-1")).ToContainTextAsync("Uncertain");
        await page.LookAsync("moderation", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "P1.1 Every clinical and care profession has a role and a voice in the system" }).ClickAsync();
        await Expect(page.Locator("#ratings tbody tr")).ToHaveCountAsync(3);
        await page.LookAsync("moderate-criterion", Output);
        await page.GetByLabel("Emerging").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save moderated rating" }).ClickAsync();

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter why the criterion is moderated at this level");
        await page.LookAsync("moderate-criterion-error", Output);
        await page.GetByLabel("Rationale").FillAsync("One rater saw no voice for allied health professionals; the register agrees.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save moderated rating" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("P1.1 moderated as Emerging");
        await Expect(page.Locator("#progress")).ToHaveTextAsync($"{assessment.CriterionIds.Count} of {assessment.CriterionIds.Count} criteria moderated.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Results by principle" }).ClickAsync();
        await page.LookAsync("results-moderating", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete assessment" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Are you sure you want to complete Browser moderation?");
        await page.LookAsync("complete", Output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, complete the assessment" }).ClickAsync();

        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Browser moderation completed");
        await Expect(page.Locator("main svg[role=img] title")).ToHaveTextAsync("Mean moderated level by principle, Browser moderation");
        // P1: P1.1 at 2 and P1.2–P1.5 at 3: mean (2 + 3 × 4) / 5 = 2.8.
        await Expect(page.Locator("#by-principle tbody tr").First).ToContainTextAsync("2.8");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Complete assessment" })).ToHaveCountAsync(0);
        await page.LookAsync("results-completed", Output);
    }
}
