namespace GoldenThread.Programmes;

/// <summary>A submitted review: who scored which application, criterion by criterion.</summary>
public sealed record SubmittedReview(Guid ApplicationId, string ReviewerId, IReadOnlyList<RubricScore> Scores);

/// <summary>One reviewer's weighted overall score for an application.</summary>
public sealed record ReviewOverall(string ReviewerId, double Overall);

/// <summary>
/// An application's scores: each submitted review's weighted overall, their mean, median and spread (highest − lowest),
/// where reviewers differ by <see cref="ReviewStatistics.Disagreement"/> or more (on a criterion or overall), and the
/// operator's moderation that stands, if any. Means and the rest are null until a review is submitted.
/// </summary>
public sealed record ApplicationScores(
    Guid ApplicationId, IReadOnlyList<ReviewOverall> Reviews, double? Mean, double? Median, double? Spread,
    IReadOnlyList<RubricCriterion> DisagreeOn, bool OverallDisagrees, ModeratedScore? Moderation)
{
    /// <summary>Whether any two reviewers differ by 2 or more, on a criterion or overall.</summary>
    public bool Disagreement => OverallDisagrees || DisagreeOn.Count > 0;

    /// <summary>The score that counts: the moderated one when there is one, else the reviewers' mean.</summary>
    public double? Standing => Moderation?.Score ?? Mean;
}

/// <summary>
/// How a reviewer scores compared with the others: the mean, over applications with at least two submitted reviews, of
/// their overall minus the mean of the other reviewers' overalls there. Below 0 is harsher, above 0 kinder; null when
/// they share no application with another reviewer.
/// </summary>
public sealed record ReviewerHarshness(string ReviewerId, int Submitted, int Compared, double? Harshness);

/// <summary>
/// What the operator reads of a round's review (issue 6, "Review"): per application the weighted overall of each
/// submitted review (the rubric's weights), mean, median, spread and disagreement, and the latest moderation; per
/// reviewer their harshness. Values are summed in sorted order, so the order reviews arrive in never changes a figure.
/// </summary>
public sealed record ReviewStatistics(IReadOnlyDictionary<Guid, ApplicationScores> Applications, IReadOnlyList<ReviewerHarshness> Reviewers)
{
    /// <summary>Reviewers "differ" when their scores, on a criterion or overall, are this far apart or more.</summary>
    public const double Disagreement = 2;

    public static ReviewStatistics Of(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<Guid> applications,
        IEnumerable<SubmittedReview> reviews, IEnumerable<ModeratedScore> moderations)
    {
        var byApplication = reviews.ToLookup(r => r.ApplicationId);
        var latest = moderations.GroupBy(m => m.ApplicationId)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.At).ThenBy(m => m.Id).Last());
        var scores = applications.Distinct().ToDictionary(a => a, a => Scores(rubric, a, [.. byApplication[a]], latest.GetValueOrDefault(a)));
        return new ReviewStatistics(scores, Harshness(scores.Values));
    }

    /// <summary>The weighted mean of a review's criterion scores: Σ weight × score / Σ weight over the criteria it scored (1 to 5; a draft's comment without a score has none).</summary>
    public static double Overall(IReadOnlyList<RubricCriterion> rubric, IReadOnlyList<RubricScore> scores)
    {
        var weighted = rubric.Select(c => (c.Weight, Score: scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Score))
            .Where(x => x.Score is >= ReviewRubric.LowestScore and <= ReviewRubric.HighestScore).ToList();
        return weighted.Count == 0 ? 0 : (double)weighted.Sum(x => x.Weight * x.Score!.Value) / weighted.Sum(x => x.Weight);
    }

    private static ApplicationScores Scores(IReadOnlyList<RubricCriterion> rubric, Guid application, List<SubmittedReview> reviews, ModeratedScore? moderation)
    {
        var overalls = reviews.Select(r => new ReviewOverall(r.ReviewerId, Overall(rubric, r.Scores)))
            .OrderBy(o => o.Overall).ThenBy(o => o.ReviewerId, StringComparer.Ordinal).ToList();
        var values = overalls.Select(o => o.Overall).ToList();
        var disagreeOn = rubric.Where(c => Range(reviews.SelectMany(r => r.Scores)
            .Where(s => s.CriterionId == c.Id && s.Score is >= ReviewRubric.LowestScore and <= ReviewRubric.HighestScore).Select(s => (double)s.Score)) >= Disagreement).ToList();
        var spread = values.Count == 0 ? (double?)null : values[^1] - values[0];
        return new ApplicationScores(application, overalls, Mean(values), Median(values), spread, disagreeOn, spread >= Disagreement, moderation);
    }

    private static List<ReviewerHarshness> Harshness(IEnumerable<ApplicationScores> applications)
    {
        var differences = applications
            .Where(a => a.Reviews.Count >= 2)
            .SelectMany(a => a.Reviews.Select(r => (r.ReviewerId,
                Difference: r.Overall - Mean([.. a.Reviews.Where(o => !ReferenceEquals(o, r)).Select(o => o.Overall)])!.Value)))
            .ToLookup(x => x.ReviewerId, x => x.Difference, StringComparer.Ordinal);
        return applications.SelectMany(a => a.Reviews).GroupBy(r => r.ReviewerId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReviewerHarshness(g.Key, g.Count(), differences[g.Key].Count(), Mean([.. differences[g.Key].Order()])))
            .ToList();
    }

    private static double Range(IEnumerable<double> values) => values.DefaultIfEmpty().Max() - values.DefaultIfEmpty().Min();

    /// <summary>The mean of <paramref name="values"/>, summed smallest first; null for none.</summary>
    private static double? Mean(List<double> values) => values.Count == 0 ? null : values.Order().Sum() / values.Count;

    private static double? Median(List<double> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    };
}
