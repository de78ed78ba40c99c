using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Summary;

/// <summary>
/// A round's anonymised summary: public once the operator publishes it, and until then not there for anyone but the
/// programme operator, who sees it as a preview with the way to publish it.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class IndexModel(GoldenThreadDbContext db, HttpSystemScope scope, TimeProvider time) : RoundOutcomePage(db)
{
    public RoundSummaryReport.Report Report { get; private set; } = null!;
    public bool IsOperator { get; private set; }
    public bool Preview => Round.SummaryPublishedAt is null;

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(roundId, "Summary", cancellationToken)) return NotFound();
        IsOperator = User.HasNationalRole(Roles.ProgrammeOperator);
        if (Preview && !IsOperator) return NotFound();
        if (!IsOperator) Breadcrumbs = [];
        Title = $"{Round.Name}: summary";
        // The summary counts every system's applications, whoever reads it; only the counts leave this request.
        scope.Unrestrict();
        Report = (await RoundSummaryReport.ReadAsync(Db, roundId, time.GetUtcNow(), cancellationToken))!;
        return Page();
    }
}
