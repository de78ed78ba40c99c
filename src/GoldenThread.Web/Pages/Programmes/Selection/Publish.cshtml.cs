using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Selection;

/// <summary>
/// Asks the operator to confirm telling every team its outcome and feedback, which forms the selected teams' learning
/// sets and locks the decisions; or says what must be done first.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class PublishModel(GoldenThreadDbContext db, TimeProvider time) : RoundOutcomePage(db)
{
    public RoundSelection Board { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public string SelectionHref => $"{RoundHref}/selection";

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken) =>
        await EnterAsync(roundId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (await OutcomesPublication.PublishAsync(Db, roundId, time, cancellationToken) is not { } outcome) return NotFound();
        if (outcome.Problems.Count == 0)
        {
            Done = $"Outcomes published: the teams can see them, and {(outcome.SetsFormed == 1 ? "1 learning set was" : $"{outcome.SetsFormed} learning sets were")} formed";
            return Redirect($"/programmes/rounds/{roundId}/selection");
        }
        if (!await EnterAsync(roundId, cancellationToken)) return NotFound();
        foreach (var problem in outcome.Problems) this.AddError("", problem);
        return Page();
    }

    private async Task<bool> EnterAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(roundId, "Publish outcomes", cancellationToken, new Crumb("Select teams", $"/programmes/rounds/{roundId}/selection")))
            return false;
        Board = (await RoundSelection.ReadAsync(Db, roundId, time.GetUtcNow(), cancellationToken))!;
        Problems = Board.PublishProblems();
        return true;
    }
}
