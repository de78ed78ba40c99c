namespace GoldenThread.Measures;

public class SpcTests
{
    private static readonly DateOnly First = new(2024, 1, 1);

    internal static SpcSeries Monthly(double[] values, ImprovementDirection direction = ImprovementDirection.Increase,
        double? target = null, int[]? rebaseAt = null, bool screen = true, int? fixAfter = null) => new()
    {
        Dates = values.Select((_, i) => First.AddMonths(i)).ToArray(),
        Values = values,
        Direction = direction,
        Target = target,
        Rebase = (rebaseAt ?? []).Select(i => First.AddMonths(i)).ToArray(),
        ScreenOutliers = screen,
        FixAfterPoints = fixAfter,
    };

    private static SpecialCause[] Causes(SpcChart chart) => chart.Points.Select(p => p.Cause).ToArray();

    private static SpecialCause[] Repeat(SpecialCause cause, int count) => Enumerable.Repeat(cause, count).ToArray();

    private static SpecialCause[] Concat(params SpecialCause[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Calculate_FivePoints_MeanAndLimitsFromMeanMovingRange()
    {
        // mean 13/5 = 2.6; moving ranges 2,1,2,1 → 1.5; limits 2.6 ± 2.66 × 1.5 = 2.6 ± 3.99.
        var chart = Spc.Calculate(Monthly([1, 3, 2, 4, 3]));

        var segment = Assert.Single(chart.Segments);
        Assert.Equal(2.6, segment.Mean, 12);
        Assert.Equal(1.5, segment.MeanMovingRange, 12);
        Assert.Equal(-1.39, segment.LowerLimit, 12);
        Assert.Equal(6.59, segment.UpperLimit, 12);
        Assert.All(chart.Points, p => Assert.Equal(PointType.CommonCause, p.Type));
        Assert.True(chart.TrialLimits);
    }

    [Fact]
    public void Calculate_PackageSnapshotSeries_MatchesNhsrPlotTheDots()
    {
        // set.seed(123); rnorm(20): the series of NHSRplotthedots' own test-ptd_spc_standard.R, whose snapshot
        // records mean 0.1416238, limits -3.01138 and 3.294627 with screening.
        double[] values = [-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499, 0.46091621,
            -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272, -0.55584113,
            1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279486];

        var screened = Spc.Calculate(Monthly(values)).Segments[0];
        Assert.Equal(0.1416238, screened.Mean, 6);
        Assert.Equal(-3.01138, screened.LowerLimit, 5);
        Assert.Equal(3.294627, screened.UpperLimit, 5);

        // The snapshot's second and third cases set the 15th value to 10: screened, then not.
        values[14] = 10;
        var withOutlier = Spc.Calculate(Monthly(values)).Segments[0];
        Assert.Equal(0.6694159, withOutlier.Mean, 6);
        Assert.Equal(-2.383666, withOutlier.LowerLimit, 5);
        Assert.Equal(3.722497, withOutlier.UpperLimit, 5);
        var unscreened = Spc.Calculate(Monthly(values, screen: false)).Segments[0];
        Assert.Equal(-4.596625, unscreened.LowerLimit, 5);
        Assert.Equal(5.935457, unscreened.UpperLimit, 5);
    }

    [Fact]
    public void Calculate_PointAboveUpperLimit_IsImprovementWhenIncreaseIsBetterAndConcernWhenDecreaseIs()
    {
        // mean 74/13 = 5.692; moving ranges 2 × 11 and 8 → 30/12 = 2.5 (8 < 3.267 × 2.5 = 8.17 is kept);
        // upper limit 5.692 + 6.65 = 12.342 < 14. Near the limit starts at 5.692 + 1.7733 × 2.5 = 10.13: no other point.
        double[] values = [4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 6, 14];

        var increase = Spc.Calculate(Monthly(values));
        var decrease = Spc.Calculate(Monthly(values, ImprovementDirection.Decrease));
        var neutral = Spc.Calculate(Monthly(values, ImprovementDirection.Neutral));

        Assert.Equal(Concat(Repeat(SpecialCause.None, 12), [SpecialCause.AboveUpperLimit]), Causes(increase));
        Assert.Equal(PointType.SpecialCauseImprovement, increase.Variation);
        Assert.Equal(PointType.SpecialCauseConcern, decrease.Variation);
        Assert.Equal(PointType.SpecialCauseNeutralHigh, neutral.Variation);
        Assert.Equal(12.342307692307692, increase.Segments[0].UpperLimit, 9);
    }

    [Fact]
    public void Calculate_SevenRisingPoints_AreATrend()
    {
        // The package's own case c(2, 1:7, 3). mean 33/9 = 3.667; moving ranges 1 × 7 and 4 → 11/8 = 1.375;
        // limits 0.009 and 7.324, so 7 is inside; near-limit bands miss every 3-point window; no 7 on one side.
        var chart = Spc.Calculate(Monthly([2, 1, 2, 3, 4, 5, 6, 7, 3]));

        Assert.Equal(Concat([SpecialCause.None], Repeat(SpecialCause.IncreasingTrend, 7), [SpecialCause.None]), Causes(chart));
        Assert.Equal(PointType.SpecialCauseImprovement, chart.Points[1].Type);
        Assert.Equal(PointType.CommonCause, chart.Variation);
    }

    [Fact]
    public void Calculate_SixRisingPoints_AreNotATrend()
    {
        // 1..6 rise six times in a row but only over 6 points; mean 3.25, limits far outside the data.
        var chart = Spc.Calculate(Monthly([3, 1, 2, 3, 4, 5, 6, 2]));

        Assert.All(chart.Points, p => Assert.Equal(SpecialCause.None, p.Cause));
    }

    [Fact]
    public void Calculate_EqualNeighbours_BreakATrend()
    {
        var chart = Spc.Calculate(Monthly([9, 1, 2, 3, 3, 4, 5, 6, 7, 2], screen: false));

        Assert.DoesNotContain(chart.Points, p => p.Cause is SpecialCause.IncreasingTrend);
    }

    [Fact]
    public void Calculate_PeakSharedByRiseAndFall_ReadsAsTheFallAsInThePackage()
    {
        // Without screening: mean 69/17 = 4.059; moving ranges 10,10,10 and 1 × 13 → 43/16 = 2.6875;
        // limits -3.09 and 11.21; near the upper limit from 8.82 (the 10s, on opposite sides of their neighbours'
        // side of the mean, make no 2 of 3). 0..7 rise (8 points) and 7..1 fall (7 points): all of them are a
        // trend, and the peak takes the direction towards the next point, which falls.
        var chart = Spc.Calculate(Monthly([10, 0, 10, 0, 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1], screen: false));

        Assert.Equal(Concat(Repeat(SpecialCause.None, 3), Repeat(SpecialCause.IncreasingTrend, 7),
            Repeat(SpecialCause.DecreasingTrend, 7)), Causes(chart));
        Assert.Equal(PointType.SpecialCauseConcern, chart.Points[10].Type);
    }

    [Fact]
    public void Calculate_TwoOfThreeNearTheUpperLimit_MarksOnlyTheNearPoints()
    {
        // 13 alternating ±1 (sum 1), then 5, 5, -1: mean 10/16 = 0.625; moving ranges 2 × 12, 4, 0, 6 → 34/15 = 2.267;
        // upper limit 6.654, near from 0.625 + 1.7733 × 2.267 = 4.645: both 5s are near, and 1, 5, 5 all sit above the
        // mean. The 1 is not near, so it is not marked.
        double[] values = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, 5, 5, -1];

        var chart = Spc.Calculate(Monthly(values, ImprovementDirection.Decrease));

        Assert.Equal(Concat(Repeat(SpecialCause.None, 13), Repeat(SpecialCause.TwoOfThreeHigh, 2), [SpecialCause.None]), Causes(chart));
        Assert.Equal(PointType.SpecialCauseConcern, chart.Points[13].Type);
    }

    [Fact]
    public void Calculate_TwoNearPointsOnOppositeSidesOfTheMean_AreCommonCause()
    {
        // The package's regression case (issue 143): eight pairs of 1, -1, then 5.5 and -5.5 as the last two.
        var values = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 1.0 : -1.0).ToArray();
        values[14] = 5.5;
        values[15] = -5.5;

        var chart = Spc.Calculate(Monthly(values));

        Assert.Equal(PointType.CommonCause, chart.Points[14].Type);
        Assert.Equal(PointType.CommonCause, chart.Points[15].Type);
    }

    [Fact]
    public void Calculate_SevenPointsAboveTheMean_AreARun()
    {
        // sum 27, mean 27/13 = 2.077: six points below, then 5, 3, 5, 3, 5, 3, 5 above. Moving ranges sum 32 → 2.667,
        // limits -5.02 and 9.17, no trend; -3 is near the lower limit (below -2.652) but alone in its windows.
        var chart = Spc.Calculate(Monthly([1, -1, 1, -1, 1, -3, 5, 3, 5, 3, 5, 3, 5]));

        Assert.Equal(Concat(Repeat(SpecialCause.None, 6), Repeat(SpecialCause.RunAboveMean, 7)), Causes(chart));
    }

    [Fact]
    public void Calculate_PointOnTheMean_BreaksTheRun()
    {
        // As above with the middle 3 made 2: sum 26, mean 26/13 = 2 exactly, so that point is on neither side.
        var chart = Spc.Calculate(Monthly([1, -1, 1, -1, 1, -3, 5, 3, 5, 2, 5, 3, 5]));

        Assert.Equal(2, chart.Segments[0].Mean);
        Assert.All(chart.Points, p => Assert.Equal(SpecialCause.None, p.Cause));
    }

    [Fact]
    public void Calculate_EightPointsBelowTheMean_MarksAllEight()
    {
        // The package's ptd_seven_point_one_side_mean(c(rep(1, 8), -1)) flags the 7th and 8th; both runs' points count.
        // Without screening: mean 41/13 = 3.154; moving ranges 6, 1 × 7, 4, 1, 1, 1 → 20/12 = 1.667; limits -1.28 and
        // 7.59; near the upper limit from 6.11 (only the 7, alone in its window); 1s and 2s below, 6s and 5s above.
        var chart = Spc.Calculate(Monthly([7, 1, 2, 1, 2, 1, 2, 1, 2, 6, 5, 6, 5], screen: false));

        Assert.Equal(Concat([SpecialCause.None], Repeat(SpecialCause.RunBelowMean, 8), Repeat(SpecialCause.None, 4)), Causes(chart));
    }

    [Fact]
    public void Calculate_RebaseAtTheShift_GivesEachSegmentItsOwnLimits()
    {
        // Segments 10,12,… (mean 76/7 = 10.857) and 20,22,… (mean 146/7 = 20.857), both with moving range 2:
        // limits ± 5.32, nothing special. Without the rebase the mean 15.857 puts 7 points on each side.
        double[] values = [10, 12, 10, 12, 10, 12, 10, 20, 22, 20, 22, 20, 22, 20];

        var rebased = Spc.Calculate(Monthly(values, rebaseAt: [7]));
        var whole = Spc.Calculate(Monthly(values));

        Assert.Equal(2, rebased.Segments.Count);
        Assert.Equal(76.0 / 7, rebased.Segments[0].Mean, 12);
        Assert.Equal(146.0 / 7, rebased.Segments[1].Mean, 12);
        Assert.Equal(146.0 / 7 - 5.32, rebased.Points[7].LowerLimit, 12);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1], rebased.Points.Select(p => p.Segment));
        Assert.All(rebased.Points, p => Assert.Equal(SpecialCause.None, p.Cause));
        Assert.Contains(whole.Points, p => p.Cause != SpecialCause.None);
    }

    [Fact]
    public void Calculate_RebaseOnTheFirstDate_IsNoRebase()
    {
        double[] values = [10, 12, 10, 12, 10, 12, 10, 20, 22, 20, 22, 20, 22, 20];

        Assert.Equal(Spc.Calculate(Monthly(values)).Points, Spc.Calculate(Monthly(values, rebaseAt: [0])).Points);
    }

    [Fact]
    public void Calculate_FixAfterTwelve_LimitsComeFromTheFirstTwelvePoints()
    {
        // The first 12 alternate 10, 12: mean 11, moving range 2, limits 5.68 and 16.32 for every point after them.
        double[] values = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 15, 16, 15, 16];

        var chart = Spc.Calculate(Monthly(values, fixAfter: 12));

        Assert.Equal(11, chart.Segments[0].Mean, 12);
        Assert.Equal(2, chart.Segments[0].MeanMovingRange, 12);
        Assert.Equal(16.32, chart.Points[15].UpperLimit, 12);
        Assert.NotEqual(11, Spc.Calculate(Monthly(values)).Segments[0].Mean);
    }

    [Fact]
    public void Calculate_ScreeningOutliers_DropsLargeMovingRangesOnceButNotTheMean()
    {
        // Moving ranges 2,2,2,2,20,20,2,2,2 → 54/9 = 6; 20 ≥ 3.267 × 6 = 19.6, so both go: 14/7 = 2.
        // The mean keeps the 30: 128/10 = 12.8.
        double[] values = [10, 12, 10, 12, 10, 30, 10, 12, 10, 12];

        var screened = Spc.Calculate(Monthly(values)).Segments[0];
        var kept = Spc.Calculate(Monthly(values, screen: false)).Segments[0];

        Assert.Equal(2, screened.MeanMovingRange, 12);
        Assert.Equal(2, screened.ScreenedMovingRanges);
        Assert.Equal(12.8, screened.Mean, 12);
        Assert.Equal(6, kept.MeanMovingRange, 12);
        Assert.Equal(0, kept.ScreenedMovingRanges);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, 20.0, Assurance.ConsistentFail)]
    [InlineData(ImprovementDirection.Increase, 3.0, Assurance.ConsistentPass)]
    [InlineData(ImprovementDirection.Increase, 11.0, Assurance.Inconsistent)]
    [InlineData(ImprovementDirection.Decrease, 20.0, Assurance.ConsistentPass)]
    [InlineData(ImprovementDirection.Decrease, 3.0, Assurance.ConsistentFail)]
    [InlineData(ImprovementDirection.Decrease, 11.0, Assurance.Inconsistent)]
    public void Calculate_Target_AssuranceFromTheLimits(ImprovementDirection direction, double target, Assurance expected)
    {
        // 10, 12 alternating: limits 5.68 and 16.32.
        var chart = Spc.Calculate(Monthly([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12], direction, target));

        Assert.Equal(expected, chart.Assurance);
    }

    [Fact]
    public void Calculate_TargetExactlyOnALimit_IsInconsistent()
    {
        double[] values = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];
        var upper = Spc.Calculate(Monthly(values)).Segments[0].UpperLimit;

        Assert.Equal(Assurance.Inconsistent, Spc.Calculate(Monthly(values, target: upper)).Assurance);
    }

    [Fact]
    public void Calculate_NoTargetOrNeutral_HasNoAssurance()
    {
        double[] values = [10, 12, 10, 12, 10];

        Assert.Null(Spc.Calculate(Monthly(values)).Assurance);
        Assert.Null(Spc.Calculate(Monthly(values, ImprovementDirection.Neutral, target: 100)).Assurance);
    }

    [Fact]
    public void Calculate_AfterRebase_AssuranceUsesTheLastSegmentsLimits()
    {
        // Last segment: mean 20.857, limits 15.54 and 26.18; the first's (5.54 to 16.18) would say inconsistent.
        double[] values = [10, 12, 10, 12, 10, 12, 10, 20, 22, 20, 22, 20, 22, 20];

        Assert.Equal(Assurance.ConsistentPass, Spc.Calculate(Monthly(values, target: 14, rebaseAt: [7])).Assurance);
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void Calculate_FewerThanThirteenPoints_HasTrialLimits(int count, bool trial)
    {
        var values = Enumerable.Range(0, count).Select(i => (double)(i % 3)).ToArray();

        Assert.Equal(trial, Spc.Calculate(Monthly(values)).TrialLimits);
    }
}
