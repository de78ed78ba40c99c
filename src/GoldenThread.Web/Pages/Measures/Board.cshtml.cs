using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using GoldenThread.Web.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>
/// The board summary: every measure of the system as a row with its latest value, target, variation and assurance,
/// sorted by any column through links (no JavaScript needed) and filtered to one body, team or learning set.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class BoardModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public static readonly IReadOnlyList<(string Key, string Label)> Columns =
        [("name", "Measure"), ("latest", "Latest"), ("target", "Target"), ("variation", "Variation"), ("assurance", "Assurance")];

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Order { get; set; }
    /// <summary>The body, team or learning set whose measures to show (ids are unique across them).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Body { get; set; }

    public string Code { get; private set; } = "";
    public IReadOnlyList<MeasureRow> Rows { get; private set; } = [];
    public IReadOnlyList<Choice> Bodies { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public bool Descending => Order == "descending";
    public bool MayEdit => User.HasSystemRole(Code, Roles.LeadershipTeam, Roles.SystemAdmin);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Measures", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        if (Columns.All(c => c.Key != Sort)) Sort = "name";
        var measures = await db.Measures.AsNoTracking()
            .Where(m => m.SystemId == system.Id && (Body == null || m.BodyId == Body || m.LearningSetId == Body))
            .ToListAsync(cancellationToken);
        var ids = measures.Select(m => m.Id).ToList();
        var points = (await db.MeasurePoints.AsNoTracking().Where(p => ids.Contains(p.MeasureId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.MeasureId);
        var bodyNames = await db.Bodies.AsNoTracking().Where(b => b.SystemId == system.Id && db.Measures.Any(m => m.BodyId == b.Id))
            .OrderBy(b => b.Name).Select(b => new { b.Id, b.Name }).ToListAsync(cancellationToken);
        var setNames = await db.LearningSets.AsNoTracking().Where(s => s.SystemId == system.Id && db.Measures.Any(m => m.LearningSetId == s.Id))
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        Bodies = setNames.Count == 0
            ? [.. bodyNames.Select(b => new Choice(b.Id.ToString(), b.Name))]
            : [.. bodyNames.Select(b => new Choice(b.Id.ToString(), b.Name, "Bodies and teams")),
               .. setNames.Select(s => new Choice(s.Id.ToString(), s.Name, "Learning sets"))];
        var names = bodyNames.Concat(setNames).ToDictionary(b => b.Id, b => b.Name);
        Rows = Sorted(measures.Select(m => new MeasureRow(m, (m.BodyId ?? m.LearningSetId) is { } b ? names.GetValueOrDefault(b) : null,
            ChartedMeasure.Of(m, points[m.Id]))));
        return Page();
    }

    private IReadOnlyList<MeasureRow> Sorted(IEnumerable<MeasureRow> rows)
    {
        var byName = rows.OrderBy(r => r.Measure.Name, StringComparer.CurrentCultureIgnoreCase);
        IOrderedEnumerable<MeasureRow> sorted = Sort switch
        {
            "latest" => Descending ? rows.OrderByDescending(r => r.Charted.Latest?.Date) : rows.OrderBy(r => r.Charted.Latest?.Date),
            "target" => Descending ? rows.OrderByDescending(r => r.Measure.Target) : rows.OrderBy(r => r.Measure.Target is null).ThenBy(r => r.Measure.Target),
            "variation" => Descending ? rows.OrderByDescending(r => SpcReading.VariationRank(r.Charted.Chart?.Variation))
                : rows.OrderBy(r => SpcReading.VariationRank(r.Charted.Chart?.Variation)),
            "assurance" => Descending ? rows.OrderByDescending(r => SpcReading.AssuranceRank(r.Charted.Chart?.Assurance))
                : rows.OrderBy(r => SpcReading.AssuranceRank(r.Charted.Chart?.Assurance)),
            _ => Descending ? rows.OrderByDescending(r => r.Measure.Name, StringComparer.CurrentCultureIgnoreCase) : byName,
        };
        return [.. sorted.ThenBy(r => r.Measure.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The link a column's header makes: sorted by it ascending, or the other way when it is the sorted column already.</summary>
    public string SortHref(string column)
    {
        var order = Sort == column && !Descending ? "descending" : "ascending";
        var body = Body is { } b ? $"&body={b}" : "";
        return $"/systems/{Code}/measures?sort={column}&order={order}{body}";
    }

    /// <summary>The aria-sort of a column's header: only the sorted column has one.</summary>
    public string? AriaSort(string column) => Sort == column ? (Descending ? "descending" : "ascending") : null;
}
