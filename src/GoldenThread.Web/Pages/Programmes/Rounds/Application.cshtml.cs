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
/// One submitted (or withdrawn) application as the operator reads it: everything the team said, and its eligibility
/// criterion by criterion under the round's rules as they are now. A draft is its team's own and is not found here.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class ApplicationModel(GoldenThreadDbContext db, TimeProvider time) : RoundPage
{
    public TeamApplication Application { get; private set; } = null!;
    public string SystemName { get; private set; } = "";
    public string SystemCodeOfApplication { get; private set; } = "";
    /// <summary>Null for a withdrawn application, which the engine no longer reads.</summary>
    public EligibilityView? Eligibility { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid roundId, Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(db, roundId, "", cancellationToken)) return NotFound();
        var found = await db.TeamApplications.AsNoTracking()
            .Where(a => a.Id == applicationId && a.RoundId == roundId && a.State != ApplicationState.Draft)
            .Join(db.Systems, a => a.SystemId, s => s.Id, (a, s) => new { Application = a, s.Code, s.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null) return NotFound();
        (Application, SystemCodeOfApplication, SystemName) = (found.Application, found.Code, found.Name);
        Title = found.Application.Content.TeamName.Length > 0 ? found.Application.Content.TeamName : found.Application.Reference;
        Within("Applications", $"{Href(roundId)}/applications");
        if (Application.State == ApplicationState.Submitted
            && (await RoundEligibility.EvaluateAsync(db, roundId, time.GetUtcNow(), cancellationToken))?[applicationId] is { } result)
            Eligibility = new EligibilityView(result);
        return Page();
    }
}
