using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>
/// Every application submitted to a round, with its eligibility as the engine reads it now (how many criteria failed
/// or warned), filtered by system and verdict and sorted by any column through links, so it works without JavaScript.
/// Drafts are their teams' own and are not listed; withdrawn applications are counted beneath.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class ApplicationsModel(GoldenThreadDbContext db, TimeProvider time) : RoundPage
{
    public static readonly IReadOnlyList<(string Key, string Label)> Columns =
        [("reference", "Reference"), ("team", "Team"), ("system", "System"), ("submitted", "Submitted"), ("eligibility", "Eligibility")];

    public static readonly IReadOnlyList<Choice> Verdicts = [new("yes", "Eligible"), new("no", "Not eligible")];

    public sealed record Row(TeamApplication Application, string SystemCode, EligibilityView Eligibility);

    [BindProperty(SupportsGet = true)] public string? System { get; set; }
    [BindProperty(SupportsGet = true)] public string? Eligible { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Order { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Submitted { get; private set; }
    public int Withdrawn { get; private set; }
    public IReadOnlyList<Choice> SystemChoices { get; private set; } = [];
    public bool Descending => Order == "descending";

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(db, roundId, "Applications", cancellationToken)) return NotFound();
        if (Columns.All(c => c.Key != Sort)) Sort = "submitted";
        var eligibility = (await RoundEligibility.EvaluateAsync(db, roundId, time.GetUtcNow(), cancellationToken))!;
        Withdrawn = (await RoundCounts.WithdrawnAsync(db, [roundId], cancellationToken)).GetValueOrDefault(roundId);
        var codes = Round.Systems.Select(s => s.Code).ToList();
        SystemChoices = await db.Systems.AsNoTracking().Where(s => codes.Contains(s.Code)).OrderBy(s => s.Name)
            .Select(s => new Choice(s.Code, s.Name + " (" + s.Code + ")", null, null)).ToListAsync(cancellationToken);
        var all = eligibility.Applications.Values
            .Select(e => new Row(e.Application, e.SystemCode, new EligibilityView(eligibility.Results[e.Application.Id]))).ToList();
        Submitted = all.Count;
        Rows = Sorted(all.Where(r => (string.IsNullOrEmpty(System) || r.SystemCode == System)
                                     && (Eligible is not ("yes" or "no") || r.Eligibility.Result.Eligible == (Eligible == "yes"))));
        ModelState.Clear(); // an unknown filter or sort shows everything rather than an error
        return Page();
    }

    private IReadOnlyList<Row> Sorted(IEnumerable<Row> rows)
    {
        Func<Row, IComparable> key = Sort switch
        {
            "reference" => r => r.Application.Reference,
            "team" => r => r.Application.Content.TeamName.ToUpperInvariant(),
            "system" => r => r.SystemCode,
            // eligible first, then by how many criteria failed, then warned
            "eligibility" => r => (r.Eligibility.Result.Eligible ? 0 : 1, r.Eligibility.Failed, r.Eligibility.Warned),
            _ => r => r.Application.SubmittedAt ?? DateTimeOffset.MinValue,
        };
        var sorted = Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return [.. sorted.ThenBy(r => r.Application.Reference, StringComparer.Ordinal)];
    }

    /// <summary>The link a column's header makes: sorted by it ascending, or the other way when it is the sorted column already.</summary>
    public string SortHref(string column)
    {
        var order = Sort == column && !Descending ? "descending" : "ascending";
        var filters = string.Concat(
            string.IsNullOrEmpty(System) ? "" : $"&system={Uri.EscapeDataString(System)}",
            string.IsNullOrEmpty(Eligible) ? "" : $"&eligible={Uri.EscapeDataString(Eligible)}");
        return $"{Href(Round.Id)}/applications?sort={column}&order={order}{filters}";
    }

    /// <summary>The aria-sort of a column's header: only the sorted column has one.</summary>
    public string? AriaSort(string column) => Sort == column ? (Descending ? "descending" : "ascending") : null;
}
