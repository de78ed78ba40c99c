using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Reviews;

/// <summary>
/// A reviewer reads an application assigned to them and scores it against the round's rubric: each criterion 1 to 5
/// with the guidance for each score, a comment per criterion and an overall comment. A draft keeps whatever is there;
/// submitting needs every score and ends the reviewer's changes.
/// </summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class ScoreModel(GoldenThreadDbContext db, TimeProvider time) : OwnReviewPage(db)
{
    [BindProperty] public Dictionary<string, string?> Scores { get; set; } = [];
    [BindProperty] public Dictionary<string, string?> Comments { get; set; } = [];
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public int Version { get; set; }
    [TempData] public string? Done { get; set; }

    public static string ScoreKey(RubricCriterion criterion) => $"{nameof(Scores)}[{criterion.Id}]";
    public static string CommentKey(RubricCriterion criterion) => $"{nameof(Comments)}[{criterion.Id}]";

    public async Task<IActionResult> OnGetAsync(Guid assignmentId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(assignmentId, "Score", tracked: false, cancellationToken)) return NotFound();
        Fill(Assignment);
        return Page();
    }

    public Task<IActionResult> OnPostDraftAsync(Guid assignmentId, CancellationToken cancellationToken) =>
        SaveAsync(assignmentId, submit: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid assignmentId, CancellationToken cancellationToken) =>
        SaveAsync(assignmentId, submit: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid assignmentId, bool submit, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(assignmentId, "Score", tracked: true, cancellationToken)) return NotFound();
        if (Assignment.SubmittedAt is not null) return Redirect(ScoreHref);
        var scores = Check(submit);
        if (!ModelState.IsValid) return Page();
        Assignment.Scores = scores;
        Assignment.Comment = Blank(Comment);
        if (submit) Assignment.SubmittedAt = time.GetUtcNow();
        return await SaveEditAsync(Db, Assignment, Version, "review",
            async () => await EnterAsync(assignmentId, "Score", tracked: false, cancellationToken) ? Assignment : null, Fill,
            submit ? $"Your review of {Application.Reference} is submitted" : "Your scores are saved as a draft",
            submit ? ListHref : ScoreHref, cancellationToken);
    }

    /// <summary>The scores and comments as typed, in the rubric's order; errors for a score out of range, a missing one on submitting, or text too long.</summary>
    private List<RubricScore> Check(bool submit)
    {
        var scores = new List<RubricScore>();
        foreach (var criterion in Round.Rubric)
        {
            var text = Scores.GetValueOrDefault(criterion.Id);
            int? score = int.TryParse(text, out var s) && s is >= ReviewRubric.LowestScore and <= ReviewRubric.HighestScore ? s : null;
            if (score is null && !string.IsNullOrEmpty(text))
                this.AddError(ScoreKey(criterion), $"The score for {ReviewWords.InSentence(criterion.Title)} must be from {ReviewRubric.LowestScore} to {ReviewRubric.HighestScore}");
            else if (score is null && submit)
                this.AddError(ScoreKey(criterion), $"Select a score for {ReviewWords.InSentence(criterion.Title)}");
            var comment = Blank(Comments.GetValueOrDefault(criterion.Id));
            if (comment?.Length > ReviewAssignment.TextLength)
                this.AddError(CommentKey(criterion), $"The comment on {ReviewWords.InSentence(criterion.Title)} must be {ReviewAssignment.TextLength:N0} characters or fewer");
            if (score is not null || comment is not null) scores.Add(new RubricScore(criterion.Id, score ?? 0, comment));
        }
        if (Blank(Comment)?.Length > ReviewAssignment.TextLength)
            this.AddError(nameof(Comment), $"The overall comment must be {ReviewAssignment.TextLength:N0} characters or fewer");
        return scores;
    }

    private void Fill(ReviewAssignment assignment)
    {
        Scores = assignment.Scores.Where(s => s.Score > 0).ToDictionary(s => s.CriterionId, s => (string?)s.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Comments = assignment.Scores.ToDictionary(s => s.CriterionId, s => s.Comment);
        Comment = assignment.Comment;
        Version = assignment.Version;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
