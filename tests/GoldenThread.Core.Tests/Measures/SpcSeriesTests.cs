namespace GoldenThread.Measures;

public class SpcSeriesTests
{
    private static SpcSeries Series(string[] dates, double[] values, string[]? rebase = null, int? fixAfter = null) => new()
    {
        Dates = dates.Select(DateOnly.Parse).ToArray(),
        Values = values,
        Rebase = (rebase ?? []).Select(DateOnly.Parse).ToArray(),
        FixAfterPoints = fixAfter,
    };

    [Fact]
    public void Problems_SoundSeries_None()
    {
        Assert.Empty(Series(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"], [1, 2, 3, 4], ["2024-03-01"]).Problems());
    }

    [Fact]
    public void Problems_DatesOutOfOrderOrRepeated_NamesTheDate()
    {
        var problems = Series(["2024-01-01", "2024-03-01", "2024-02-01", "2024-02-01"], [1, 2, 3, 4]).Problems();

        Assert.Equal(["dates[2]", "dates[3]"], problems.Select(p => p.Field));
        Assert.Equal("2024-02-01 comes before 2024-03-01; dates must be in order", problems[0].Message);
        Assert.Equal("2024-02-01 appears twice; each date may have one value", problems[1].Message);
    }

    [Fact]
    public void Problems_OnePoint_NeedsTwo()
    {
        Assert.Equal("dates: 1 date; a chart needs at least 2", Assert.Single(Series(["2024-01-01"], [1]).Problems()).ToString());
    }

    [Fact]
    public void Problems_ValuesAndDatesDiffer_SaysBothCounts()
    {
        Assert.Equal("values: 1 values for 2 dates; there must be one value for each date",
            Assert.Single(Series(["2024-01-01", "2024-02-01"], [1]).Problems()).ToString());
    }

    [Fact]
    public void Problems_NotANumber_NamesTheValue()
    {
        Assert.Equal("values[1]", Assert.Single(Series(["2024-01-01", "2024-02-01"], [1, double.NaN]).Problems()).Field);
    }

    [Fact]
    public void Problems_RebaseNotInTheSeries_NamesTheRebase()
    {
        var problem = Assert.Single(Series(["2024-01-01", "2024-02-01", "2024-03-01"], [1, 2, 3], ["2024-02-15"]).Problems());

        Assert.Equal("rebase[0]: 2024-02-15 is not one of the series' dates", problem.ToString());
    }

    [Fact]
    public void Problems_RebaseLeavesOnePoint_NamesTheRebase()
    {
        var problem = Assert.Single(Series(["2024-01-01", "2024-02-01", "2024-03-01"], [1, 2, 3], ["2024-03-01"]).Problems());

        Assert.Equal("rebase[0]: 2024-03-01 leaves the segment from 2024-03-01 with 1 point; each segment needs at least 2", problem.ToString());
    }

    [Fact]
    public void Problems_RebaseLeavesOnePointBeforeIt_NamesTheRebase()
    {
        var problem = Assert.Single(Series(["2024-01-01", "2024-02-01", "2024-03-01"], [1, 2, 3], ["2024-02-01"]).Problems());

        Assert.Equal("rebase[0]: 2024-02-01 leaves the segment from 2024-01-01 with 1 point; each segment needs at least 2", problem.ToString());
    }

    [Fact]
    public void Problems_FixAfterElevenPoints_TooFew()
    {
        var problem = Assert.Single(Series(["2024-01-01", "2024-02-01"], [1, 2], fixAfter: 11).Problems());

        Assert.Equal("fixAfterPoints", problem.Field);
    }

    [Fact]
    public void Problems_ValuesOrTargetBeyondTheMaximumMagnitude_NamesEachWithTheRange()
    {
        // ±1e308 are finite doubles, but three of them sum to infinity: the mean would not be a number.
        var series = Series(["2024-01-01", "2024-02-01", "2024-03-01"], [1e308, -1e308, 1e12]) with { Target = -1e13 };

        Assert.Equal(
        [
            "values[0]: 1E+308 is too large; values must be between -1,000,000,000,000 and 1,000,000,000,000",
            "values[1]: -1E+308 is too large; values must be between -1,000,000,000,000 and 1,000,000,000,000",
            "target: -10000000000000 is too large; a target must be between -1,000,000,000,000 and 1,000,000,000,000",
        ], series.Problems().Select(p => p.ToString()));
    }
}
