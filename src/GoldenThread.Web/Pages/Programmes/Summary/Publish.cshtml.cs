using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Summary;

/// <summary>
/// Asks the operator to confirm making the round's anonymised summary public. Only after the outcomes are published:
/// the summary counts the selected teams, and no team should learn its outcome from it.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class PublishModel(GoldenThreadDbContext db, TimeProvider time) : RoundOutcomePage(db)
{
    public string SummaryHref => $"{RoundHref}/summary";

    /// <summary>Why the summary cannot be published now; null when it can.</summary>
    public string? Blocker => Round switch
    {
        { SummaryPublishedAt: { } at } => $"The summary was published on {UkTime.Format(at)}",
        { OutcomesPublishedAt: null } => "Publish the outcomes to the teams first, so that no team learns its outcome from the summary",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken) =>
        await EnterAsync(roundId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, cancellationToken)) return NotFound();
        if (Blocker is not null) return Page();
        var round = await Db.ProgrammeRounds.SingleAsync(r => r.Id == roundId, cancellationToken);
        round.SummaryPublishedAt = time.GetUtcNow();
        if (!await Db.SaveIfUnchangedAsync(round, Round.Version, cancellationToken))
        {
            await EnterAsync(roundId, cancellationToken);
            this.AddError("", "Someone else changed the round at the same moment. Check the summary and publish again");
            return Page();
        }
        Done = "Summary published: anyone can read it now";
        return Redirect(SummaryHref);
    }

    private Task<bool> EnterAsync(Guid roundId, CancellationToken cancellationToken) =>
        EnterRoundAsync(roundId, "Publish the summary", cancellationToken, new Crumb("Summary", $"/programmes/rounds/{roundId}/summary"));
}
