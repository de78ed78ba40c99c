using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class LearningSetTests(BrowserFixture app, ITestOutputHelper output) : BrowserTest(app, output), IClassFixture<BrowserFixture>
{
    private const string Falls = "Severnmouth Falls Collaborative";

    [Fact]
    public async Task Facilitator_SchedulesASessionRecordsAttendanceKeepsANoteAndTheSummaryIsInTheLibrary()
    {
        var page = await OpenAsync();
        await SignInAsync(page, "professional@goldenthread.example");
        await page.GotoAsync("/systems/QXV");
        await DevelopmentAsync(page, "Learning sets");
        await page.GetByRole(AriaRole.Link, new() { Name = Falls }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Falls);
        await page.LookAsync("learning-set", Output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a session" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter a date");
        await page.LookAsync("learning-set-session-error", Output);
        await page.GetByLabel("Day").FillAsync("4");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("2027");
        await page.GetByLabel("Afternoon").CheckAsync();
        await page.GetByLabel("Hours").FillAsync("2.5");
        await page.GetByLabel("Topic").FillAsync("What the fire service sees");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Session on 4 Mar 2027 added");
        await Expect(page.Locator("#sessions")).ToContainTextAsync("What the fire service sees");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record attendance of 4 Jun 2026" }).ClickAsync();
        await page.LookAsync("learning-set-attendance", Output);
        await page.Locator("input[name=Attended]").First.UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Attendance of the session on 4 Jun 2026 recorded");

        await page.GetByRole(AriaRole.Link, new() { Name = "The set's private notes" }).ClickAsync();
        await page.GetByLabel("Add a note").FillAsync("Ask the fire service to the March session.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await Expect(page.Locator("#notes li").First).ToContainTextAsync("Ask the fire service to the March session.");
        await page.LookAsync("learning-set-notes", Output);

        await page.GotoAsync("/systems/QXV");
        await DevelopmentAsync(page, "Learning library");
        await Expect(page.Locator("#library")).ToContainTextAsync(Falls);
        await page.LookAsync("learning-library", Output);
    }
}
