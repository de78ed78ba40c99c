using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

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

    /// <summary>The statistics of the round's eligible applications.</summary>
    public static Task<ReviewStatistics> StatisticsAsync(GoldenThreadDbContext db, RoundReview review, CancellationToken cancellationToken) =>
        RoundScores.ReadAsync(db, review.Round, [.. review.Eligible.Select(e => e.Application.Id)], cancellationToken);
}
