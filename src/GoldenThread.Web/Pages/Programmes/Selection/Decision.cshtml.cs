using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Selection;

/// <summary>
/// The operator's record of one decision: why (the rationale, for the record) and what the team is told (the feedback,
/// shown with its outcome once published). Whether the team is selected is chosen on the selection page.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class DecisionModel(GoldenThreadDbContext db, TimeProvider time) : RoundOutcomePage(db)
{
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public string? Feedback { get; set; }
    [BindProperty] public int Version { get; set; }

    public RoundSelection Board { get; private set; } = null!;
    public RoundSelection.Row Row { get; private set; } = null!;
    public string SelectionHref => $"{RoundHref}/selection";

    public async Task<IActionResult> OnGetAsync(Guid roundId, Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, applicationId, cancellationToken)) return NotFound();
        (Rationale, Feedback, Version) = (Row.Application.DecisionRationale, Row.Application.Feedback, Row.Application.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, Guid applicationId, CancellationToken cancellationToken)
    {
        if (await OutcomesPublication.HoldRoundAsync(Db, roundId, cancellationToken) is null) return NotFound();
        if (!await EnterAsync(roundId, applicationId, cancellationToken)) return NotFound();
        if (Board.DecisionsClosed is { } closed)
        {
            this.AddError("", closed);
            return Page();
        }
        if (Text(Rationale) is { Length: > TeamApplication.TextLength })
            this.AddError(nameof(Rationale), $"The rationale must be {TeamApplication.TextLength:N0} characters or fewer");
        if (Text(Feedback) is not { } feedback) this.AddError(nameof(Feedback), "Enter the feedback the team will see");
        else if (feedback.Length > TeamApplication.TextLength)
            this.AddError(nameof(Feedback), $"The feedback must be {TeamApplication.TextLength:N0} characters or fewer");
        if (!ModelState.IsValid) return Page();

        var application = await Db.TeamApplications.SingleAsync(a => a.Id == applicationId, cancellationToken);
        (application.DecisionRationale, application.Feedback) = (Text(Rationale), Text(Feedback));
        if (await Db.SaveIfUnchangedAsync(application, Version, cancellationToken))
        {
            Done = $"Feedback for {Row.Team} saved";
            return Redirect(SelectionHref);
        }
        await EnterAsync(roundId, applicationId, cancellationToken);
        Version = Row.Application.Version;
        this.AddError("", string.Format(Versions.StaleMessage, "decision"));
        return Page();
    }

    private async Task<bool> EnterAsync(Guid roundId, Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(roundId, "Decision", cancellationToken, new Crumb("Select teams", $"/programmes/rounds/{roundId}/selection"))) return false;
        Board = (await RoundSelection.ReadAsync(Db, roundId, time.GetUtcNow(), cancellationToken))!;
        if (Board.Rows.FirstOrDefault(r => r.Application.Id == applicationId) is not { } row) return false;
        Row = row;
        Title = $"Decision on {row.Team} – {Round.Name}";
        return true;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
