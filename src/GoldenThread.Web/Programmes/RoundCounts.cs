using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// How many applications a round has: submitted (drafts are the teams' own and do not count), of those eligible and
/// with a warning, and withdrawn.
/// </summary>
public sealed record RoundCounts(int Submitted, int Eligible, int Warned, int Withdrawn)
{
    public static RoundCounts Of(RoundEligibility eligibility, int withdrawn) => new(
        eligibility.Applications.Count,
        eligibility.Results.Values.Count(r => r.Eligible),
        eligibility.Results.Values.Count(r => r.Criteria.Any(c => c.Status == CriterionStatus.Warn)),
        withdrawn);

    /// <summary>Withdrawn applications of each of <paramref name="roundIds"/>.</summary>
    public static async Task<Dictionary<Guid, int>> WithdrawnAsync(GoldenThreadDbContext db, IReadOnlyCollection<Guid> roundIds,
        CancellationToken cancellationToken) =>
        await db.TeamApplications.AsNoTracking()
            .Where(a => roundIds.Contains(a.RoundId) && a.State == ApplicationState.Withdrawn)
            .GroupBy(a => a.RoundId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
