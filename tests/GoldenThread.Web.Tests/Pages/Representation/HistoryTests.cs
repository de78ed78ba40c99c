using GoldenThread.Network;
using GoldenThread.Representation;
using GoldenThread.Testing;
using GoldenThread.Web.Representation;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Representation;

public class HistoryTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static readonly DateTimeOffset November1 = new(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Get_ThreeSnapshots_ListsThemNewestFirstWithWhatOpenedAndClosedInWords()
    {
        var run = await Snapshots.EvaluateAsync(app, "QXV", new DateOnly(2026, 11, 1));
        var onBody = run.Findings.First(f => f.BodyId is not null);
        var other = run.Findings.First(f => f.Key != onBody.Key);
        await Snapshots.RecordAsync(app, "QXV", November1, FindingSnapshot.Nightly, all => all.Where(f => f.Key != onBody.Key));
        await Snapshots.RecordAsync(app, "QXV", November1.AddDays(1).AddHours(8), "Lee Leader"); // 10:00 GMT
        await Snapshots.RecordAsync(app, "QXV", November1.AddDays(2), FindingSnapshot.Nightly, all => all.Where(f => f.Key != other.Key));
        using var client = await app.ClientFor("professional@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/representation/history"));

        var rows = page.QuerySelectorAll("#snapshots tbody tr").Select(r => r.QuerySelectorAll("td")
            .Select(td => td.TextContent.Replace(td.QuerySelector(".nhsuk-table-responsive__heading")?.TextContent ?? "", "").Trim()).ToArray()).ToList();
        var total = run.Findings.Count;
        Assert.Equal(["3 Nov 2026, 02:00", "3 Nov 2026", "Nightly check", "0 opened, 1 closed"], Pick(rows[0]));
        Assert.Equal(["2 Nov 2026, 10:00", "2 Nov 2026", "Lee Leader", "1 opened, 0 closed"], Pick(rows[1]));
        Assert.Equal(["1 Nov 2026, 02:00", "1 Nov 2026", "Nightly check", "The first snapshot"], Pick(rows[2]));
        Assert.Equal(total, int.Parse(rows[1][3]) + int.Parse(rows[1][4]));
        Assert.Equal(total - 1, int.Parse(rows[0][3]) + int.Parse(rows[0][4]));

        var title = RuleCatalogue.Default.Find(onBody.Rule)!.Title;
        var bodyName = run.Network.Bodies[onBody.BodyId!].Name;
        Assert.Equal([$"{onBody.Rule} {onBody.Severity.Code()} ({title}), {bodyName}: {onBody.Message}"],
            page.QuerySelectorAll("ul[data-change=opened] li").Select(li => li.TextContent));
        var closed = Assert.Single(page.QuerySelectorAll("ul[data-change=closed] li"));
        Assert.StartsWith($"{other.Rule} {other.Severity.Code()} (", closed.TextContent);
        Assert.EndsWith($"{(other.BodyId is null ? "across the system" : run.Network.Bodies[other.BodyId].Name)}: {other.Message}", closed.TextContent);
        Assert.Equal($"#{page.QuerySelectorAll("h3")[0].Id}", page.QuerySelector("#snapshots tbody tr a")!.GetAttribute("href"));
        Assert.Equal("/systems/QXV/representation", page.QuerySelectorAll(".nhsuk-breadcrumb__link").Last().GetAttribute("href"));
        Assert.Equal("History", page.QuerySelector(".gt-subnav__link[aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task Get_Snapshots_DrawsGapsAndWarningsWithATitleADescriptionAndAShapePerSeries()
    {
        await Snapshots.RecordAsync(app, GoldenThreadApp.OtherSystem, November1, FindingSnapshot.Nightly);
        await Snapshots.RecordAsync(app, GoldenThreadApp.OtherSystem, November1.AddDays(1), FindingSnapshot.Nightly, all => all.Skip(1));
        var stored = await app.Query(db => db.FindingSnapshots.Where(s => s.TakenBy == FindingSnapshot.Nightly && s.On < new DateOnly(2026, 11, 3))
            .Join(db.Systems.Where(x => x.Code == GoldenThreadApp.OtherSystem), s => s.SystemId, x => x.Id, (s, _) => s).OrderBy(s => s.TakenAt).ToListAsync());
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/representation/history"));

        var chart = page.QuerySelector("svg.gt-trend")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Gaps and warnings in NHS Other Vale ICB's representation, 1 Nov 2026 to 2 Nov 2026", chart.QuerySelector("title")!.TextContent);
        Assert.StartsWith($"2 snapshots. Gaps went from {stored[0].Gaps} to {stored[1].Gaps}", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(2, chart.QuerySelectorAll("polyline").Length);
        Assert.Equal(["#d5281b", "#005eb8"], chart.QuerySelectorAll("polyline").Select(p => p.GetAttribute("stroke")));
        Assert.Equal("6 4", chart.QuerySelectorAll("polyline")[1].GetAttribute("stroke-dasharray"));
        Assert.Equal(2 + 1, chart.QuerySelectorAll("circle").Length); // a round point per snapshot, and the key's
        Assert.Equal(2 + 1, chart.QuerySelectorAll("rect").Length);   // a square point per snapshot, and the key's
        Assert.Equal(["1 Nov 2026", "2 Nov 2026"], chart.QuerySelectorAll("text").Select(t => t.TextContent).Where(t => t.EndsWith("2026", StringComparison.Ordinal)));
    }

    private static string[] Pick(string[] row) => [row[0], row[1], row[2], row[5]];
}
