using GoldenThread.Representation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GoldenThread.Browser;

public class RepresentationHistoryTests : BrowserTest, IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture app;

    public RepresentationHistoryTests(BrowserFixture app, ITestOutputHelper output) : base(app, output) => this.app = app;

    [Fact]
    public async Task Professional_ReadsTheHistory_ChartTableAndChanges()
    {
        // Three nights: a gap opens on the second and closes on the third.
        await app.Query(async db =>
        {
            var system = await db.Systems.SingleAsync(s => s.Code == "QXV");
            var gap = new RecordedFinding("R-AHP-VOICE", "gap", null, null, null, "R-AHP-VOICE||", "No system-level body has an allied health professional among its current members.");
            var warning = new RecordedFinding("R-FEEDS-INTO", "warning", null, "Hollowmere Place Partnership Board", null, "R-FEEDS-INTO|x|", "Hollowmere Place Partnership Board feeds into no other body.");
            var night = new DateTimeOffset(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);
            db.FindingSnapshots.AddRange(new[] { new[] { warning }, [gap, warning], [warning] }.Select((findings, i) => new FindingSnapshot
            {
                SystemId = system.Id, TakenAt = night.AddDays(i), On = new DateOnly(2026, 11, 1 + i), TakenBy = FindingSnapshot.Nightly,
                Gaps = findings.Count(f => f.Severity == "gap"), Warnings = findings.Count(f => f.Severity == "warning"), Findings = findings,
            }));
            return await db.SaveChangesAsync();
        });
        var page = await OpenAsync();
        await SignInAsync(page, "professional@goldenthread.example");

        await page.GotoAsync("/systems/QXV/representation/history");

        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Gaps and warnings in NHS Severn Vale Integrated Care Board's representation, 1 Nov 2026 to 3 Nov 2026" })).ToBeVisibleAsync();
        await Expect(page.Locator("#snapshots tbody tr")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Link, new() { Name = "0 opened, 1 closed" }).ClickAsync();
        await Expect(page.Locator("ul[data-change=closed] li")).ToContainTextAsync("R-AHP-VOICE gap (Allied health professions), across the system");
        await page.LookAsync("representation-history", Output);
    }
}
