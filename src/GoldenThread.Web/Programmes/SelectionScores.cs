using GoldenThread.Data;
using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// The review score the selection page shows beside each application: the mean of its reviewers' weighted overall
/// scores (submitted reviews that score every criterion of the round's rubric) and the operator's moderated score when
/// there is one. A stand-in for the review statistics of the review results page: when they land, read from them here.
/// </summary>
public static class SelectionScores
{
    public sealed record Score(double? Mean, int Reviews, double? Moderated)
    {
        /// <summary>The score that stands: the moderated one, else the reviewers' mean.</summary>
        public double? Standing => Moderated ?? Mean;
    }

    public static async Task<IReadOnlyDictionary<Guid, Score>> ReadAsync(GoldenThreadDbContext db, ProgrammeRound round,
        IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken)
    {
        var reviews = await db.ReviewAssignments.AsNoTracking()
            .Where(a => applicationIds.Contains(a.ApplicationId) && a.SubmittedAt != null)
            .Select(a => new { a.ApplicationId, a.Scores }).ToListAsync(cancellationToken);
        var moderated = (await db.ModeratedScores.AsNoTracking().Where(m => applicationIds.Contains(m.ApplicationId))
                .Select(m => new { m.ApplicationId, m.At, m.Score }).ToListAsync(cancellationToken))
            .GroupBy(m => m.ApplicationId).ToDictionary(g => g.Key, g => g.MaxBy(m => m.At)!.Score);
        var overall = reviews.Select(r => (r.ApplicationId, Overall: WeightedOverall(round.Rubric, r.Scores)))
            .Where(r => r.Overall is not null).ToLookup(r => r.ApplicationId, r => r.Overall!.Value);
        return applicationIds.ToDictionary(id => id, id => new Score(
            overall[id].Any() ? overall[id].Average() : null, overall[id].Count(), moderated.TryGetValue(id, out var m) ? m : null));
    }

    /// <summary>One reviewer's overall score: each criterion's score weighted by the rubric (weights add up to 100); null unless every criterion is scored.</summary>
    public static double? WeightedOverall(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<RubricScore> scores)
    {
        var byCriterion = scores.GroupBy(s => s.CriterionId).ToDictionary(g => g.Key, g => g.Last().Score);
        if (rubric.Count == 0 || rubric.Any(c => !byCriterion.ContainsKey(c.Id))) return null;
        return rubric.Sum(c => (double)byCriterion[c.Id] * c.Weight) / rubric.Sum(c => c.Weight);
    }
}
