using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Diversity;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Diversity;

/// <summary>Who the system's leaders are, by ethnicity, sex, disability and age: aggregates only, small counts withheld.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class SummaryModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    [BindProperty(SupportsGet = true)] public string? Population { get; set; }

    public DiversityReport.Report Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Diversity of leaders", cancellationToken) is not { } system) return NotFound();
        var population = DiversityReport.Find(Population) ?? DiversityReport.Populations[0];
        Report = await DiversityReport.ReadAsync(db, system.Id, population, UkTime.Today(time), cancellationToken);
        return Page();
    }
}
