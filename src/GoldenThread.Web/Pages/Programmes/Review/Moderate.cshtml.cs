using System.Security.Claims;
using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Measures;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Review;

/// <summary>
/// The operator's moderation of one application's score: the reviews beside it, every earlier moderation with who and
/// when, and a new score with its reason, appended (never changed) so the latest stands and the history stays.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class ModerateModel(GoldenThreadDbContext db, TimeProvider time) : ReviewPage(db, time)
{
    public const double Lowest = ReviewRubric.LowestScore, Highest = ReviewRubric.HighestScore;

    public sealed record Earlier(ModeratedScore Moderation, string By);

    [BindProperty] public string? Score { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public RoundEligibility.Entry Entry { get; private set; } = null!;
    public ApplicationScores Scores { get; private set; } = null!;
    public IReadOnlyList<Earlier> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid roundId, Guid applicationId, CancellationToken cancellationToken) =>
        await FindAsync(roundId, applicationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid roundId, Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(roundId, applicationId, cancellationToken)) return NotFound();
        // The teams have been told their outcome: the score that decided it stays the record.
        if (Round.OutcomesPublishedAt is { } published)
            ModelState.AddModelError("", $"Outcomes were published on {UkTime.Format(published)}: the score that decided them can no longer change");
        var score = Check();
        if (!ModelState.IsValid) return Page();
        Db.ModeratedScores.Add(new ModeratedScore
        {
            SystemId = Entry.Application.SystemId, ApplicationId = Entry.Application.Id, Score = score!.Value, Reason = Reason!.Trim(),
            ByAccountId = User.FindFirstValue(ClaimTypes.NameIdentifier)!, At = Time.GetUtcNow(),
        });
        await Db.SaveChangesAsync(cancellationToken);
        Done = $"{Entry.Application.Reference} moderated to {ReviewWords.Score(score)}";
        return Redirect(ResultsHref);
    }

    private double? Check()
    {
        double? score = null;
        if (string.IsNullOrWhiteSpace(Score)) this.AddError(nameof(Score), "Enter a moderated score");
        else if (WrittenNumber.Read(Score, "the score", percent: false) is { Value: { } value } && value is >= Lowest and <= Highest) score = value;
        else this.AddError(nameof(Score), $"The moderated score must be a number from {Lowest:0.0} to {Highest:0.0}, like 3.5");
        if (string.IsNullOrWhiteSpace(Reason)) this.AddError(nameof(Reason), "Enter a reason for the moderated score");
        else if (Reason.Trim().Length > ModeratedScore.ReasonLength) this.AddError(nameof(Reason), $"The reason must be {ModeratedScore.ReasonLength:N0} characters or fewer");
        return score;
    }

    private async Task<bool> FindAsync(Guid roundId, Guid applicationId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, "Moderate", cancellationToken)) return false;
        if (Eligible(applicationId) is not { } entry) return false;
        Entry = entry;
        Title = $"Moderate {entry.Application.Reference} – {Round.Name}";
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Scores and moderation", ResultsHref)];
        Scores = (await ResultsModel.StatisticsAsync(Db, Review, cancellationToken)).Applications[applicationId];
        History = await Db.ModeratedScores.AsNoTracking().Where(m => m.ApplicationId == applicationId)
            .OrderByDescending(m => m.At)
            .Select(m => new Earlier(m, Db.Users.Where(u => u.Id == m.ByAccountId).Select(u => u.DisplayName).FirstOrDefault() ?? "A former account"))
            .ToListAsync(cancellationToken);
        return true;
    }
}
