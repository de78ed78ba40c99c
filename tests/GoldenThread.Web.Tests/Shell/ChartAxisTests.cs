using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Shell;

public class ChartAxisTests
{
    [Theory]
    // 0..7 in at most 5 steps: step 1 needs 7, step 2 needs 4 (0 to 8).
    [InlineData(0, 7, 5, 0, 8, 2)]
    // 7.07..15.93 in at most 6: step 2 from 6 to 16.
    [InlineData(7.07, 15.93, 6, 6, 16, 2)]
    // Negative values: -20..-1 in at most 5: step 5 from -20 to 0.
    [InlineData(-20, -1, 5, -20, 0, 5)]
    // Fractions: 0.77..0.95 in at most 4: step 0.05 from 0.75 to 0.95.
    [InlineData(0.77, 0.95, 4, 0.75, 0.95, 0.05)]
    // One value gets a tenth either side: 4 → 3.6..4.4, step 0.2 in 4.
    [InlineData(4, 4, 5, 3.6, 4.4, 0.2)]
    // Zero alone gets 1 either side.
    [InlineData(0, 0, 5, -1, 1, 0.5)]
    public void NiceScale_Range_GivesRoundEnds(double lowest, double highest, int steps, double min, double max, double step)
    {
        var scale = ChartAxis.NiceScale(lowest, highest, steps);

        Assert.Equal(min, scale.Min, 9);
        Assert.Equal(max, scale.Max, 9);
        Assert.Equal(step, scale.Step, 9);
        Assert.True(scale.Ticks().Count - 1 <= steps);
    }

    [Fact]
    public void NiceScale_Counts_NeverStepByLessThanOne()
    {
        var scale = ChartAxis.NiceScale(0, 1, minimumStep: 1);

        Assert.Equal((0, 1, 1), (scale.Min, scale.Max, scale.Step));
        Assert.Equal(["0", "1"], scale.Ticks().Select(scale.Format));
    }

    [Fact]
    public void Format_Ticks_ShowAsManyDecimalsAsTheStepNeeds()
    {
        var scale = ChartAxis.NiceScale(0.77, 0.95, 4);

        Assert.Equal(["0.75", "0.80", "0.85", "0.90", "0.95"], scale.Ticks().Select(scale.Format));
    }

    [Fact]
    public void DateTicks_WithinOneMonth_LabelTheFirstAndLastDates()
    {
        var (first, last) = (new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 25));

        var ticks = ChartAxis.DateTicks(first, last, d => (d.DayNumber - first.DayNumber) * 20.0, 13, 0, 420);

        Assert.Equal(["4 Mar 2024", "25 Mar 2024"], ticks.Select(t => t.Label));
        Assert.Equal(["start", "end"], ticks.Select(t => t.Anchor));
    }

    [Fact]
    public void DateTicks_OneMonthStartBetween_LabelTheFirstAndLastDates()
    {
        var (first, last) = (new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 8));

        var ticks = ChartAxis.DateTicks(first, last, d => 40 + (d.DayNumber - first.DayNumber) * 38.0, 13, 0, 320);

        Assert.Equal(["1 Mar 2024", "8 Mar 2024"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void DateTicks_TenYearsNarrow_FallBackToYears()
    {
        var (first, last) = (new DateOnly(2015, 1, 1), new DateOnly(2024, 12, 1));
        double X(DateOnly d) => 40 + (d.DayNumber - first.DayNumber) / (double)(last.DayNumber - first.DayNumber) * 268;

        var ticks = ChartAxis.DateTicks(first, last, X, 13, 0, 320);

        Assert.All(ticks, t => Assert.Matches("^20[0-9]{2}$", t.Label));
        Assert.False(ChartAxis.Overlap(ticks, 13));
        Assert.True(ticks.Count >= 3);
    }

    [Fact]
    public void DateTicks_LabelAtTheEdge_IsPushedInsideNotDropped()
    {
        var (first, last) = (new DateOnly(2024, 1, 1), new DateOnly(2024, 4, 1));

        // Labels are 8 × 14 × 0.6 = 67.2 wide; Jan 1 at 10 would start at −23.6, Apr 1 at 374 would end at 407.6.
        var ticks = ChartAxis.DateTicks(first, last, d => 10 + (d.DayNumber - first.DayNumber) * 4.0, 14, 0, 390);

        Assert.Equal(("Jan 2024", 10, 0, "start"), (ticks[0].Label, ticks[0].X, ticks[0].LabelX, ticks[0].Anchor));
        Assert.Equal(4, ticks.Count);
        Assert.Equal(("Apr 2024", 374, 390, "end"), (ticks[^1].Label, ticks[^1].X, ticks[^1].LabelX, ticks[^1].Anchor));
    }
}
