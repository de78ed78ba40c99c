namespace GoldenThread.Diversity;

/// <summary>
/// Counts of diversity answers for a group of people, made safe to show: a count below the suppression threshold,
/// zero included, is withheld ("fewer than 10"), and every other count is rounded to the nearest <c>roundTo</c>, so that
/// subtracting one table from another (the register less a body's members) cannot reveal a small group exactly.
/// The rule and its parameters come from <see cref="DiversityVocabulary"/>.
/// </summary>
public static class DiversityAggregates
{
    /// <summary>A count as it may be shown: null when withheld.</summary>
    public sealed record Count(int? Shown)
    {
        public bool Withheld => Shown is null;
    }

    public sealed record Cell(string Group, Count Count);
    public sealed record CategoryCounts(string Code, string Label, IReadOnlyList<Cell> Cells, Count NotAnswered);
    public sealed record Summary(Count Respondents, IReadOnlyList<CategoryCounts> Categories);

    public static Summary Summarise(IReadOnlyCollection<DiversityRecord> records, DiversityVocabulary vocabulary)
    {
        Count Safe(int count) => Disclose(count, vocabulary);
        var categories = vocabulary.Categories.Select(category =>
        {
            var groupOf = category.Values.ToDictionary(v => v.Code, v => v.Group);
            var counted = records.Select(r => r.Answer(category.Code)).Where(a => a is not null && groupOf.ContainsKey(a))
                .GroupBy(a => groupOf[a!]).ToDictionary(g => g.Key, g => g.Count());
            return new CategoryCounts(category.Code, category.Label,
                [.. category.Groups.Select(group => new Cell(group, Safe(counted.GetValueOrDefault(group))))],
                Safe(records.Count - counted.Values.Sum()));
        }).ToList();
        return new Summary(Safe(records.Count), categories);
    }

    /// <summary>
    /// Below the threshold, zero included, is withheld: were 0 shown, every "fewer than 10" beside it would be known to
    /// hold someone, and with one respondent each would be their answer. The rest round half up to the nearest roundTo.
    /// </summary>
    public static Count Disclose(int count, DiversityVocabulary vocabulary)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count < vocabulary.SuppressionThreshold) return new Count(null);
        var step = vocabulary.RoundTo;
        var rounded = (count + step / 2) / step * step;
        return new Count(Math.Max(rounded, vocabulary.SuppressionThreshold));
    }
}
