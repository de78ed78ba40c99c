using GoldenThread.Measures;

namespace GoldenThread.Web.Measures;

public class ChartedMeasureTests
{
    private static Measure Waiting(double? target) => new() { Name = "Weeks waiting", Unit = "weeks", Target = target };

    private static MeasurePoint Point(int month, double value) => new() { Date = new DateOnly(2026, month, 1), Value = value };

    [Fact]
    public void TargetOf_WholeNumberDataAndAHalfTarget_KeepsTheHalf()
    {
        var charted = ChartedMeasure.Of(Waiting(4.5), [Point(1, 6), Point(2, 7), Point(3, 5)]);

        Assert.Equal(0, charted.Decimals);
        Assert.Equal("4.5 weeks", ChartedMeasure.TargetOf(Waiting(4.5), charted.Decimals));
    }

    [Fact]
    public void TargetOf_DataFinerThanTheTarget_ShowsTheTargetAsFinely()
    {
        var charted = ChartedMeasure.Of(Waiting(4), [Point(1, 6.25), Point(2, 7.5)]);

        Assert.Equal("4.00 weeks", ChartedMeasure.TargetOf(Waiting(4), charted.Decimals));
        Assert.Null(ChartedMeasure.TargetOf(Waiting(null), charted.Decimals));
    }
}
