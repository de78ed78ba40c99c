namespace GoldenThread.Frameworks;

/// <summary>
/// How the raters of an assessment rated one criterion, as moderation reads it: how many chose each level and how many
/// said not applicable; the lowest and highest levels given and the spread between them; a suggested moderated level;
/// and whether the raters split by <see cref="RatingSpread.UncertainSpread"/> levels or more.
/// </summary>
/// <param name="Counts">Raters per level, level 1 first: <c>Counts[0]</c> chose level 1.</param>
/// <param name="NotApplicable">Raters who said the criterion does not apply.</param>
/// <param name="Lowest">The lowest level given; null when no rater gave a level.</param>
/// <param name="Suggested">The median of the levels given (the lower middle one for an even count); null when none.</param>
public sealed record CriterionSpread(string CriterionId, IReadOnlyList<int> Counts, int NotApplicable, int? Lowest, int? Highest, int? Suggested)
{
    /// <summary>Raters who rated the criterion, with a level or as not applicable.</summary>
    public int Ratings => Counts.Sum() + NotApplicable;

    /// <summary>Raters who gave a level.</summary>
    public int Levels => Counts.Sum();

    /// <summary>Highest minus lowest level given; null when no rater gave a level.</summary>
    public int? Spread => Highest - Lowest;

    /// <summary>The raters disagree by two levels or more: the moderators should talk it through, not take the median.</summary>
    public bool Uncertain => Spread >= RatingSpread.UncertainSpread;

    /// <summary>Every rater who rated it said it does not apply, so moderation would begin from "not applicable".</summary>
    public bool SuggestsNotApplicable => Levels == 0 && NotApplicable > 0;

    public bool Equals(CriterionSpread? other) =>
        other is not null && CriterionId == other.CriterionId && Counts.SequenceEqual(other.Counts) && NotApplicable == other.NotApplicable
        && Lowest == other.Lowest && Highest == other.Highest && Suggested == other.Suggested;

    public override int GetHashCode() => HashCode.Combine(CriterionId, Counts.Count, NotApplicable, Lowest, Highest, Suggested);
}

/// <summary>
/// The spread of raters' ratings per criterion, from which the leadership team moderates (issue 8: "the moderated rating
/// per criterion with the spread of raters' ratings, an 'uncertain' flag where raters split by two or more levels").
/// The suggested level is the median of the levels given, ignoring "not applicable". For an even number of levels it is
/// the lower of the two middle ones: a self-assessment should not claim more than at least half its raters saw, and the
/// suggestion stays a level some rater chose (a mean of the middle two could fall between levels). It is a starting
/// point: the moderated level is the leadership team's decision, with its rationale.
/// </summary>
public static class RatingSpread
{
    /// <summary>Raters whose levels differ by this many or more make a criterion uncertain.</summary>
    public const int UncertainSpread = 2;

    /// <summary>
    /// The spread of one criterion's ratings on a scale of <paramref name="levelCount"/> levels; each rating is a level
    /// from 1 or null for not applicable. A level outside the scale is a defect in the caller (the rating form offers only
    /// the scale's levels) and throws.
    /// </summary>
    public static CriterionSpread Of(string criterionId, int levelCount, IEnumerable<int?> ratings)
    {
        var counts = new int[levelCount];
        var notApplicable = 0;
        foreach (var rating in ratings)
        {
            if (rating is not { } level) notApplicable++;
            else if (level < 1 || level > levelCount)
                throw new ArgumentOutOfRangeException(nameof(ratings), level, $"a level of {criterionId} must be from 1 to {levelCount}");
            else counts[level - 1]++;
        }
        var given = counts.Sum();
        if (given == 0) return new CriterionSpread(criterionId, counts, notApplicable, null, null, null);
        var lowest = Array.FindIndex(counts, c => c > 0) + 1;
        var highest = Array.FindLastIndex(counts, c => c > 0) + 1;
        return new CriterionSpread(criterionId, counts, notApplicable, lowest, highest, LowerMedian(counts, given));
    }

    /// <summary>
    /// The spread of every criterion the assessment rates (the definition's criteria that are not retired), in reading
    /// order; a criterion nobody rated has an empty spread. Ratings of criteria the definition does not rate are ignored.
    /// </summary>
    public static IReadOnlyList<CriterionSpread> Of(FrameworkDefinition definition, IEnumerable<(string CriterionId, int? Level)> ratings)
    {
        var byCriterion = ratings.ToLookup(r => r.CriterionId, r => r.Level);
        return [.. definition.Criteria.Select(c => Of(c.Id, definition.Levels.Count, byCriterion[c.Id]))];
    }

    /// <summary>The level at 0-based rank ⌊(n − 1) / 2⌋ of the n levels given, in order: the median, or the lower middle one.</summary>
    private static int LowerMedian(int[] counts, int given)
    {
        var rank = (given - 1) / 2;
        for (var level = 0; level < counts.Length; level++)
        {
            if (rank < counts[level]) return level + 1;
            rank -= counts[level];
        }
        throw new InvalidOperationException("the rank lies within the counts");
    }
}
