using GoldenThread.Representation;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Representation;

public class HistoryPagingTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_NoSnapshots_SaysWhenTheFirstWillBeTaken()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/representation/history"));

        Assert.Contains("There are no snapshots yet.", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("svg.gt-trend"));
        Assert.Null(page.QuerySelector("#snapshots"));
    }

    [Fact]
    public async Task Get_SecondPage_ShowsTheOldestAndComparesAcrossThePageBreak()
    {
        // 52 nightly snapshots, a day apart; the number of gaps is the day's number, so each night one gap more.
        await app.Query(async db =>
        {
            var system = await db.Systems.SingleAsync(s => s.Code == "QXV");
            var start = new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.Zero);
            db.FindingSnapshots.AddRange(Enumerable.Range(1, 52).Select(day => new FindingSnapshot
            {
                SystemId = system.Id, TakenAt = start.AddDays(day - 1), On = DateOnly.FromDateTime(start.AddDays(day - 1).UtcDateTime),
                TakenBy = FindingSnapshot.Nightly, Gaps = day,
                Findings = [.. Enumerable.Range(1, day).Select(n => new RecordedFinding("R-AHP-VOICE", "gap", null, null, $"{n}", $"R-AHP-VOICE||{n}", $"Gap {n}"))],
            }));
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor("leader@goldenthread.example");

        var first = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/representation/history"));
        var second = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/representation/history?page=2"));

        Assert.Equal(50, first.QuerySelectorAll("#snapshots tbody tr").Length);
        Assert.Equal("52 snapshots, newest first (page 1 of 2)", first.QuerySelector("#snapshots caption")!.TextContent);
        Assert.Equal("/systems/QXV/representation/history?page=2", first.QuerySelector(".nhsuk-pagination__next")!.GetAttribute("href"));
        var secondRows = second.QuerySelectorAll("#snapshots tbody tr");
        Assert.Equal(2, secondRows.Length);
        Assert.EndsWith("1 opened, 0 closed", secondRows[0].QuerySelectorAll("td")[5].TextContent.Trim()); // day 2 after day 1, on the same page
        Assert.EndsWith("1 opened, 0 closed", first.QuerySelectorAll("#snapshots tbody tr")[49].QuerySelectorAll("td")[5].TextContent.Trim()); // day 3 after day 2, a page later
        Assert.EndsWith("The first snapshot", secondRows[1].QuerySelectorAll("td")[5].TextContent.Trim());
        Assert.Equal(["R-AHP-VOICE gap (Allied health professions), across the system: Gap 2"],
            second.QuerySelectorAll("ul[data-change=opened] li").Select(li => li.TextContent));
    }
}
