using CsCheck;

namespace GoldenThread.Frameworks;

public class RatingSpreadPropertyTests
{
    /// <summary>A scale of 2 to 6 levels and 0 to 12 raters' ratings on it, null being not applicable.</summary>
    private static readonly Gen<(int Levels, int?[] Ratings)> Ratings =
        Gen.Int[2, 6].SelectMany(levels => Gen.Int[0, levels].Select(r => r == 0 ? (int?)null : r).Array[0, 12].Select(r => (levels, r)));

    [Fact]
    public void Of_PermutingRaters_NeverChangesTheSpread()
    {
        Gen.Select(Ratings, Gen.Int.Array[12]).Sample((rated, keys) =>
        {
            var permuted = rated.Ratings.Select((r, i) => (r, keys[i])).OrderBy(p => p.Item2).Select(p => p.r).ToArray();

            Assert.Equal(RatingSpread.Of("X", rated.Levels, rated.Ratings), RatingSpread.Of("X", rated.Levels, permuted));
        });
    }

    [Fact]
    public void Of_PermutingRatersAcrossAFramework_NeverChangesAnyResult()
    {
        var definition = Definitions.TwoPrinciples();
        var ids = definition.Criteria.Select(c => c.Id).ToArray();
        var rating = Gen.Select(Gen.Int[0, ids.Length - 1], Gen.Int[0, 4]).Select((c, l) => (ids[c], l == 0 ? (int?)null : l));
        Gen.Select(rating.Array[0, 30], Gen.Int.Array[30]).Sample((ratings, keys) =>
        {
            var permuted = ratings.Select((r, i) => (r, keys[i])).OrderBy(p => p.Item2).Select(p => p.r).ToArray();

            var spreads = RatingSpread.Of(definition, ratings);
            var again = RatingSpread.Of(definition, permuted);

            Assert.Equal(spreads, again);
            Assert.Equal(Summary(definition, spreads), Summary(definition, again));
        });
    }

    /// <summary>The results by principle were each criterion moderated at its suggested level, as text to compare.</summary>
    private static string Summary(FrameworkDefinition definition, IReadOnlyList<CriterionSpread> spreads) =>
        string.Join("; ", AssessmentResults.ByPrinciple(definition, spreads.Where(s => s.Ratings > 0).Select(s => new ModeratedLevel(s.CriterionId, s.Suggested)))
            .Select(p => $"{p.PrincipleId} {string.Join(",", p.Counts)} {p.NotApplicable} {p.NotModerated} {p.Mean}"));

    [Fact]
    public void Of_AddingARaterWithinTheLowestAndHighest_NeverChangesUncertainLowestOrHighest()
    {
        Gen.Select(Ratings, Gen.Int[0, 100]).Sample((rated, pick) =>
        {
            var before = RatingSpread.Of("X", rated.Levels, rated.Ratings);
            if (before.Lowest is not { } lowest || before.Highest is not { } highest) return;
            var level = lowest + pick % (highest - lowest + 1);

            var after = RatingSpread.Of("X", rated.Levels, [.. rated.Ratings, level]);

            Assert.Equal((before.Uncertain, before.Lowest, before.Highest), (after.Uncertain, after.Lowest, after.Highest));
        });
    }

    [Fact]
    public void Of_AddingANotApplicableRating_ChangesNothingButItsCountWhenLevelsWereGiven()
    {
        Ratings.Sample(rated =>
        {
            var before = RatingSpread.Of("X", rated.Levels, rated.Ratings);
            if (before.Levels == 0) return;

            var after = RatingSpread.Of("X", rated.Levels, [.. rated.Ratings, null]);

            Assert.Equal(before with { NotApplicable = before.NotApplicable + 1 }, after);
        });
    }

    [Fact]
    public void Of_AnyRatings_UncertainExactlyWhenTwoRatersDifferByTwoLevelsOrMore()
    {
        Ratings.Sample(rated =>
        {
            var levels = rated.Ratings.OfType<int>().ToList();
            var split = levels.Any(a => levels.Any(b => a - b >= 2));

            Assert.Equal(split, RatingSpread.Of("X", rated.Levels, rated.Ratings).Uncertain);
        });
    }

    [Fact]
    public void Of_AnyRatings_SuggestsALevelGivenWithAtLeastHalfTheLevelsAtOrBelowItAndAtOrAboveIt()
    {
        Ratings.Sample(rated =>
        {
            var levels = rated.Ratings.OfType<int>().ToList();
            var spread = RatingSpread.Of("X", rated.Levels, rated.Ratings);
            if (levels.Count == 0)
            {
                Assert.Null(spread.Suggested);
                return;
            }
            var suggested = spread.Suggested!.Value;

            Assert.Contains(suggested, levels);
            Assert.True(2 * levels.Count(l => l <= suggested) >= levels.Count);
            Assert.True(2 * levels.Count(l => l >= suggested) >= levels.Count);
            // The lower middle: fewer than half the levels lie strictly below it.
            Assert.True(2 * levels.Count(l => l < suggested) < levels.Count);
        });
    }

    [Fact]
    public void Of_AddingARatingAtOrAboveTheSuggestion_NeverLowersIt_AndAtOrBelow_NeverRaisesIt()
    {
        Gen.Select(Ratings, Gen.Int[0, 100]).Sample((rated, pick) =>
        {
            var before = RatingSpread.Of("X", rated.Levels, rated.Ratings);
            if (before.Suggested is not { } suggested) return;
            var above = suggested + pick % (rated.Levels - suggested + 1);
            var below = 1 + pick % suggested;

            Assert.True(RatingSpread.Of("X", rated.Levels, [.. rated.Ratings, above]).Suggested >= suggested);
            Assert.True(RatingSpread.Of("X", rated.Levels, [.. rated.Ratings, below]).Suggested <= suggested);
        });
    }
}
