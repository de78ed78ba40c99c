using GoldenThread.Data;
using GoldenThread.Data.Representation;
using GoldenThread.Web.Access;
using GoldenThread.Web.Representation;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Representation;

/// <summary>How the system's representation has changed: its snapshots, a chart of gaps and warnings, and what opened and closed.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class HistoryModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public string SystemName { get; private set; } = "";
    public PageOf<FindingHistory.Entry> History { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;
    public IHtmlContent? Chart { get; private set; }

    // "page" is also Razor Pages' own route value, so the page number is read from the query string only.
    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Representation history", cancellationToken) is not { } system) return NotFound();
        Within("Representation", $"/systems/{system.Code}/representation");
        SystemName = system.Name;
        History = await RepresentationHistory.ReadAsync(db, system.Id, Paging.Lenient(pageNumber), cancellationToken);
        Pager = new Pager(History.Page, History.Pages, $"/systems/{system.Code}/representation/history", new Dictionary<string, string?>());
        ModelState.Clear(); // a malformed page number shows the first page rather than an error
        if (History.Items.Count > 0)
        {
            var points = History.Items.Reverse().Select(e => new FindingTrendSvg.Point(e.TakenAt, e.Gaps, e.Warnings)).ToList();
            Chart = FindingTrendSvg.Render(points, $"Gaps and warnings in {SystemName}'s representation, {Span(points)}", Describe(points));
        }
        return Page();
    }

    public static string Anchor(FindingHistory.Entry entry) => $"snapshot-{entry.Id}";

    private static string Span(IReadOnlyList<FindingTrendSvg.Point> points)
    {
        var (first, last) = (UkTime.DateOf(points[0].At), UkTime.DateOf(points[^1].At));
        return first == last ? UkTime.Day(first) : $"{UkTime.Day(first)} to {UkTime.Day(last)}";
    }

    private static string Describe(IReadOnlyList<FindingTrendSvg.Point> points)
    {
        var (first, last) = (points[0], points[^1]);
        var counts = points.Count == 1
            ? $"One snapshot: {Count(last.Gaps, "gap")} and {Count(last.Warnings, "warning")}."
            : $"{points.Count} snapshots. Gaps went from {first.Gaps} to {last.Gaps} (most {points.Max(p => p.Gaps)}, fewest {points.Min(p => p.Gaps)}); "
              + $"warnings from {first.Warnings} to {last.Warnings} (most {points.Max(p => p.Warnings)}, fewest {points.Min(p => p.Warnings)}).";
        return counts + " The table below gives each snapshot's figures.";
    }

    public static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
