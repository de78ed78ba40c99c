namespace GoldenThread.Frameworks;

public class RatingSpreadTests
{
    private static CriterionSpread Spread(params int?[] ratings) => RatingSpread.Of("P1.1", 4, ratings);

    [Fact]
    public void Of_OddCount_SuggestsTheMiddleLevel()
    {
        // Levels 2, 3, 3, 4, 1 in order: 1 2 3 3 4; the middle (3rd of 5) is 3. Spread 4 − 1 = 3: uncertain.
        var spread = Spread(2, 3, 3, 4, 1);

        Assert.Equal([1, 1, 2, 1], spread.Counts);
        Assert.Equal((1, 4, 3, 3, true), (spread.Lowest!.Value, spread.Highest!.Value, spread.Spread!.Value, spread.Suggested!.Value, spread.Uncertain));
    }

    [Fact]
    public void Of_EvenCountSplitBetweenTwoLevels_SuggestsTheLowerMiddleLevel()
    {
        // Levels 2, 2, 3, 3: the middle two are 2 and 3; the rule takes the lower, 2. Spread 3 − 2 = 1: not uncertain.
        var spread = Spread(3, 2, 3, 2);

        Assert.Equal(2, spread.Suggested);
        Assert.Equal(1, spread.Spread);
        Assert.False(spread.Uncertain);
    }

    [Fact]
    public void Of_EvenCountWithBothMiddlesEqual_SuggestsThatLevel()
    {
        // Levels 1 3 3 4: the middle two are both 3. Spread 4 − 1 = 3.
        var spread = Spread(4, 1, 3, 3);

        Assert.Equal(3, spread.Suggested);
        Assert.True(spread.Uncertain);
    }

    [Fact]
    public void Of_SplitByExactlyTwoLevels_IsUncertain()
    {
        // Levels 2 and 4: 4 − 2 = 2, the threshold. The lower middle of 2, 4 is 2.
        var spread = Spread(2, 4);

        Assert.Equal(2, spread.Spread);
        Assert.True(spread.Uncertain);
        Assert.Equal(2, spread.Suggested);
    }

    [Fact]
    public void Of_SplitByOneLevel_IsNotUncertain()
    {
        // Levels 3, 4, 4: 4 − 3 = 1. Middle of 3 4 4 is 4.
        var spread = Spread(3, 4, 4);

        Assert.Equal(1, spread.Spread);
        Assert.False(spread.Uncertain);
        Assert.Equal(4, spread.Suggested);
    }

    [Fact]
    public void Of_NotApplicableRatings_AreCountedButLeftOutOfTheLevels()
    {
        // Levels 1 and 2 with two not applicable: the median of 1, 2 (lower middle) is 1; spread 1.
        var spread = Spread(null, 1, null, 2);

        Assert.Equal(2, spread.NotApplicable);
        Assert.Equal((2, 4), (spread.Levels, spread.Ratings));
        Assert.Equal((1, 2, 1), (spread.Lowest!.Value, spread.Highest!.Value, spread.Suggested!.Value));
        Assert.False(spread.SuggestsNotApplicable);
    }

    [Fact]
    public void Of_AllNotApplicable_HasNoLevelsAndSuggestsNotApplicable()
    {
        var spread = Spread(null, null, null);

        Assert.Equal([0, 0, 0, 0], spread.Counts);
        Assert.Equal(3, spread.NotApplicable);
        Assert.Null(spread.Lowest);
        Assert.Null(spread.Highest);
        Assert.Null(spread.Spread);
        Assert.Null(spread.Suggested);
        Assert.False(spread.Uncertain);
        Assert.True(spread.SuggestsNotApplicable);
    }

    [Fact]
    public void Of_OneRater_SuggestsTheirLevelWithNoSpread()
    {
        var spread = Spread(3);

        Assert.Equal((3, 3, 0, 3), (spread.Lowest!.Value, spread.Highest!.Value, spread.Spread!.Value, spread.Suggested!.Value));
        Assert.False(spread.Uncertain);
    }

    [Fact]
    public void Of_NoRatings_IsEmptyAndSuggestsNothing()
    {
        var spread = Spread();

        Assert.Equal(0, spread.Ratings);
        Assert.Null(spread.Suggested);
        Assert.False(spread.SuggestsNotApplicable);
        Assert.False(spread.Uncertain);
    }

    [Fact]
    public void Of_LevelOutsideTheScale_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Spread(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Spread(0));
    }

    [Fact]
    public void Of_Definition_GivesEveryCriterionNotRetiredInReadingOrderAndIgnoresOthers()
    {
        var definition = Definitions.TwoPrinciples(retired: "A.2");

        var spreads = RatingSpread.Of(definition, [("B.1", 2), ("A.1", 1), ("A.2", 4), ("Z.9", 3), ("A.1", 3)]);

        Assert.Equal(["A.1", "B.1", "B.2"], spreads.Select(s => s.CriterionId));
        Assert.Equal(0, spreads[2].Ratings);
        // A.1: levels 1 and 3, lower middle 1, split by 2.
        Assert.Equal((1, true), (spreads[0].Suggested!.Value, spreads[0].Uncertain));
        Assert.Equal(2, spreads[1].Suggested);
    }
}

/// <summary>Small framework definitions for the engines' tests.</summary>
internal static class Definitions
{
    public static readonly List<RatingLevel> FourLevels =
        [new(1, "Not started", ""), new(2, "Emerging", ""), new(3, "Developing", ""), new(4, "Established", "")];

    /// <summary>Principle A with criteria A.1, A.2 and principle B with B.1, B.2, on four levels.</summary>
    public static FrameworkDefinition TwoPrinciples(string? retired = null, List<RatingLevel>? levels = null) => new()
    {
        Key = "test", Name = "Test", Levels = levels ?? FourLevels,
        Principles =
        [
            new("A", "Principle A", [Criterion("A.1", retired), Criterion("A.2", retired)]),
            new("B", "Principle B", [Criterion("B.1", retired), Criterion("B.2", retired)]),
        ],
    };

    private static FrameworkCriterion Criterion(string id, string? retired) => new(id, $"Criterion {id}", [], Retired: id == retired);
}
