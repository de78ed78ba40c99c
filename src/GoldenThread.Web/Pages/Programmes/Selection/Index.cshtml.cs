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
/// The operator's selection for a closed round: the eligible teams with their review scores to choose from, the teams
/// that are not eligible, and the people-cap warnings. Saving decides every submitted application, selected or not, under
/// the rules of <see cref="GoldenThread.Programmes.Selection"/>: a refusal re-shows the choice; a system over the people
/// cap asks the operator to confirm it.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class IndexModel(GoldenThreadDbContext db, TimeProvider time) : RoundOutcomePage(db)
{
    [BindProperty] public List<Guid> Selected { get; set; } = [];
    /// <summary>The systems whose people-cap warning the operator confirmed, by code.</summary>
    [BindProperty] public List<string> ConfirmPeople { get; set; } = [];

    public RoundSelection Board { get; private set; } = null!;
    /// <summary>The warnings of the choice just posted that still want confirming.</summary>
    public IReadOnlyList<GoldenThread.Programmes.Selection.PeopleWarning> Unconfirmed { get; private set; } = [];
    /// <summary>The confirmations already given for the choice just posted, kept while something else is put right.</summary>
    public IReadOnlyList<GoldenThread.Programmes.Selection.PeopleWarning> Confirmed { get; private set; } = [];

    public string Href => $"{RoundHref}/selection";

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, cancellationToken)) return NotFound();
        Selected = [.. Board.Selected];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (await OutcomesPublication.HoldRoundAsync(Db, roundId, cancellationToken) is not { } held) return NotFound();
        if (!await EnterAsync(roundId, cancellationToken)) return NotFound();
        if (Board.DecisionsClosed is { } closed)
        {
            this.AddError("", closed);
            return Page();
        }
        var outcome = GoldenThread.Programmes.Selection.Check(Board.Candidates, Selected, Round.MaxTeamsPerSystem, Round.PeoplePerSystem);
        foreach (var problem in outcome.Problems)
            this.AddError(problem.ApplicationId is { } id && Board.Eligible.Any(r => r.Application.Id == id) ? Checkbox(id) : "Selected", problem.Message);
        Unconfirmed = [.. outcome.Warnings.Where(w => !ConfirmPeople.Contains(w.SystemCode))];
        Confirmed = [.. outcome.Warnings.Where(w => ConfirmPeople.Contains(w.SystemCode))];
        foreach (var warning in Unconfirmed)
            this.AddError(ConfirmKey(warning.SystemCode), $"{warning.Message}. Confirm you mean to select them, or select fewer");
        if (!ModelState.IsValid) return Page();

        var ids = Board.Rows.Select(r => r.Application.Id).ToList();
        var applications = await Db.TeamApplications.Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var application in applications)
        {
            var decision = Selected.Contains(application.Id) ? ApplicationDecision.Selected : ApplicationDecision.NotSelected;
            if (application.Decision == decision) continue;
            (application.Decision, application.DecidedAt) = (decision, now);
        }
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            this.AddError("", "Someone else changed the round's decisions while you were choosing. Check the selection and save again");
            await EnterAsync(held.Id, cancellationToken);
            return Page();
        }
        var chosen = applications.Count(a => a.Decision == ApplicationDecision.Selected);
        Done = $"Selection saved: {Teams(chosen)} selected, {Teams(applications.Count - chosen)} not selected";
        return Redirect(Href);
    }

    private async Task<bool> EnterAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(roundId, "Select teams", cancellationToken)) return false;
        Board = (await RoundSelection.ReadAsync(Db, roundId, time.GetUtcNow(), cancellationToken))!;
        return true;
    }

    public static string Checkbox(Guid applicationId) => $"Selected-{applicationId}";
    public static string ConfirmKey(string systemCode) => $"ConfirmPeople-{systemCode}";

    public string FeedbackHref(Guid applicationId) => $"{Href}/{applicationId}";

    public static string ScoreText(ApplicationScores score) => score switch
    {
        { Moderation.Score: var moderated, Mean: { } mean } => $"{Number(moderated)} moderated (reviewers' mean {Number(mean)})",
        { Moderation.Score: var moderated } => $"{Number(moderated)} moderated",
        { Mean: { } mean } => $"{Number(mean)} from {(score.Reviews.Count == 1 ? "1 review" : $"{score.Reviews.Count} reviews")}",
        _ => "Not scored yet",
    };

    private static string Number(double value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    public static string Decision(ApplicationDecision decision) => decision switch
    {
        ApplicationDecision.Selected => "Selected",
        ApplicationDecision.NotSelected => "Not selected",
        _ => "Undecided",
    };

    private static string Teams(int n) => n == 1 ? "1 team" : $"{n} teams";
}
