using GoldenThread.Network;

namespace GoldenThread.Measures;

public class MeasureRulesTests
{
    private static readonly HashSet<DateOnly> FourMonths = [new(2026, 6, 1), new(2026, 7, 1), new(2026, 8, 1), new(2026, 9, 1)];

    private static List<FieldError> Check(params DateOnly[] rebase) =>
        MeasureRules.Check(new MeasureFields("Falls", "falls", null, null, "decrease", null, null, rebase), FourMonths);

    [Fact]
    public void Check_RebaseLeavingTwoPointsEachSide_IsFine()
    {
        Assert.Empty(Check(new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void Check_RebaseOnTheFirstDate_IsFine()
    {
        Assert.Empty(Check(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Check_RebaseOnTheLastDate_LeavesOnePointFromIt()
    {
        var error = Assert.Single(Check(new DateOnly(2026, 9, 1)));

        Assert.Equal("rebase[0]", error.Field);
        Assert.Equal("Rebasing on 1 September 2026 leaves 1 point from it; each part of the chart needs at least 2 points", error.Message);
    }

    [Fact]
    public void Check_RebasesOnTheLastTwoDates_BlameBoth()
    {
        Assert.Equal(["rebase[0]", "rebase[1]"], Check(new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 1)).Select(e => e.Field));
    }

    [Fact]
    public void Check_RebaseOnTheSecondDate_LeavesOnePointBeforeIt()
    {
        var error = Assert.Single(Check(new DateOnly(2026, 7, 1)));

        Assert.Equal("rebase[0]", error.Field);
        Assert.Equal("Rebasing on 1 July 2026 leaves 1 point before it; each part of the chart needs at least 2 points", error.Message);
    }

    [Fact]
    public void Check_RebaseNotAPointDate_SaysSoRatherThanCountingSegments()
    {
        var error = Assert.Single(Check(new DateOnly(2026, 7, 15)));

        Assert.Equal("15 July 2026 is not the date of one of the measure's points", error.Message);
    }
}
