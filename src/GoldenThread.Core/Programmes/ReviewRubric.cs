using GoldenThread.Network;

namespace GoldenThread.Programmes;

/// <summary>
/// How reviewers score an application (<c>Reference/review-rubric.json</c>): criteria scored 1 to 5 with guidance for
/// each score, weighted (percent, adding up to 100) into one overall score. A round keeps the copy it opened with.
/// </summary>
public sealed class ReviewRubric
{
    public const int LowestScore = 1;
    public const int HighestScore = 5;

    public required IReadOnlyList<RubricCriterion> Criteria { get; init; }

    private static readonly Lazy<ReviewRubric> Embedded = new(() => ReferenceData.Load<ReviewRubric>("review-rubric.json", r => Problems(r.Criteria)));

    /// <summary>The rubric shipped with GoldenThread.</summary>
    public static ReviewRubric Default => Embedded.Value;

    /// <summary>What makes a rubric unusable: no criteria, repeated ids, weights not adding up to 100, guidance not one per score.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<RubricCriterion> criteria)
    {
        var problems = new List<string>();
        if (criteria.Count == 0) problems.Add("a rubric needs at least one criterion");
        if (criteria.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != criteria.Count) problems.Add("criterion ids must be different");
        if (criteria.Any(c => c.Weight <= 0)) problems.Add("every weight must be above 0");
        if (criteria.Sum(c => c.Weight) != 100) problems.Add($"weights add up to {criteria.Sum(c => c.Weight)}, not 100");
        foreach (var c in criteria.Where(c => c.Guidance.Count != HighestScore - LowestScore + 1))
            problems.Add($"{c.Id} needs guidance for each score from {LowestScore} to {HighestScore}");
        return problems;
    }
}

/// <summary>One thing reviewers score; <see cref="Guidance"/>[s − 1] says what score s means.</summary>
public sealed record RubricCriterion(string Id, string Title, int Weight, string Question, IReadOnlyList<string> Guidance);
