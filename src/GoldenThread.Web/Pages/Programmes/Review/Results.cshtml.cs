using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Review;

/// <summary>
/// What the reviewers made of a round's eligible applications: per application the submitted reviews against those
/// needed, mean, median, spread, where reviewers disagree and the moderated score that stands; per reviewer how many they
/// scored and how harsh they are beside the others (<see cref="ReviewStatistics"/>).
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class ResultsModel(GoldenThreadDbContext db, TimeProvider time) : ReviewPage(db, time)
{
    public ReviewStatistics Statistics { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, "Scores and moderation", cancellationToken)) return NotFound();
        Statistics = await StatisticsAsync(Db, Review, cancellationToken);
        return Page();
    }

    /// <summary>The statistics of the round's eligible applications from the submitted reviews and every moderation.</summary>
    public static async Task<ReviewStatistics> StatisticsAsync(GoldenThreadDbContext db, RoundReview review, CancellationToken cancellationToken)
    {
        var ids = review.Eligible.Select(e => e.Application.Id).ToList();
        var moderations = await db.ModeratedScores.AsNoTracking().Where(m => ids.Contains(m.ApplicationId)).ToListAsync(cancellationToken);
        var submitted = review.Assignments.Where(a => a.SubmittedAt is not null && ids.Contains(a.ApplicationId))
            .Select(a => new SubmittedReview(a.ApplicationId, a.ReviewerAccountId, a.Scores));
        return ReviewStatistics.Of(review.Round.Rubric, ids, submitted, moderations);
    }
}
