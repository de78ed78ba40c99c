using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Programmes;

/// <summary>
/// The one way to read review scores (<see cref="ReviewStatistics"/>) for a round's applications: their submitted reviews
/// and every moderation. The results, moderation and selection pages all read through here, so the score an operator
/// moderates is the score they select by.
/// </summary>
public static class RoundScores
{
    public static async Task<ReviewStatistics> ReadAsync(GoldenThreadDbContext db, ProgrammeRound round,
        IReadOnlyList<Guid> applicationIds, CancellationToken cancellationToken)
    {
        var submitted = await db.ReviewAssignments.AsNoTracking()
            .Where(a => applicationIds.Contains(a.ApplicationId) && a.SubmittedAt != null)
            .ToListAsync(cancellationToken);
        var moderations = await db.ModeratedScores.AsNoTracking()
            .Where(m => applicationIds.Contains(m.ApplicationId))
            .ToListAsync(cancellationToken);
        return ReviewStatistics.Of(round.Rubric, applicationIds,
            submitted.Select(a => new SubmittedReview(a.ApplicationId, a.ReviewerAccountId, a.Scores)), moderations);
    }
}
