using CsCheck;

namespace GoldenThread.Measures;

public class SpcPropertyTests
{
    private static readonly DateOnly First = new(2020, 4, 1);

    /// <summary>Series of 2 to 60 weekly values (whole numbers or not), optionally rebased at a point with 2 either side.</summary>
    private static readonly Gen<SpcSeries> Series =
        Gen.Int[2, 60].SelectMany(n => Gen.Select(
            Gen.OneOf(Gen.Int[-50, 50].Select(v => (double)v), Gen.Double[-1000, 1000]).Array[n],
            Gen.Int[0, n],
            Gen.Enum<ImprovementDirection>(),
            Gen.Bool,
            (values, rebaseAt, direction, screen) => new SpcSeries
            {
                Dates = values.Select((_, i) => First.AddDays(7 * i)).ToArray(),
                Values = values,
                Direction = direction,
                ScreenOutliers = screen,
                Rebase = rebaseAt >= 2 && n - rebaseAt >= 2 ? [First.AddDays(7 * rebaseAt)] : [],
            }));

    [Fact]
    public void Calculate_AnySeries_LimitsAreSymmetricAboutTheMean()
    {
        Series.Sample(series =>
        {
            foreach (var segment in Spc.Calculate(series).Segments)
            {
                var tolerance = 1e-9 * Math.Max(1, Math.Abs(segment.Mean) + segment.MeanMovingRange);
                Assert.Equal(segment.Mean - segment.LowerLimit, segment.UpperLimit - segment.Mean, tolerance);
                Assert.True(segment.LowerLimit <= segment.Mean && segment.Mean <= segment.UpperLimit);
            }
        });
    }

    [Fact]
    public void Calculate_ConstantSeries_HasZeroWidthLimitsAndNoSpecialCause()
    {
        Gen.Select(Gen.Int[2, 40], Gen.Double[-1e6, 1e6], Gen.Bool).Sample((n, value, screen) =>
        {
            var chart = Spc.Calculate(new SpcSeries
            {
                Dates = Enumerable.Range(0, n).Select(i => First.AddMonths(i)).ToArray(),
                Values = Enumerable.Repeat(value, n).ToArray(),
                ScreenOutliers = screen,
            });

            Assert.All(chart.Points, p =>
            {
                Assert.Equal(p.LowerLimit, p.UpperLimit);
                Assert.Equal(PointType.CommonCause, p.Type);
            });
        });
    }

    [Fact]
    public void Calculate_ReversedDirection_SwapsImprovementAndConcern()
    {
        Series.Sample(series =>
        {
            var increase = Spc.Calculate(series with { Direction = ImprovementDirection.Increase, Target = series.Values[0] });
            var decrease = Spc.Calculate(series with { Direction = ImprovementDirection.Decrease, Target = series.Values[0] });

            Assert.Equal(increase.Points.Select(p => Swapped(p.Type)), decrease.Points.Select(p => p.Type));
            Assert.Equal(Swapped(increase.Assurance), decrease.Assurance);
        });
    }

    [Fact]
    public void Calculate_NeutralDirection_MarksHighWhereIncreaseMarksImprovement()
    {
        Series.Sample(series =>
        {
            var increase = Spc.Calculate(series with { Direction = ImprovementDirection.Increase });
            var neutral = Spc.Calculate(series with { Direction = ImprovementDirection.Neutral });

            Assert.Equal(increase.Points.Select(p => p.Type switch
            {
                PointType.SpecialCauseImprovement => PointType.SpecialCauseNeutralHigh,
                PointType.SpecialCauseConcern => PointType.SpecialCauseNeutralLow,
                var same => same,
            }), neutral.Points.Select(p => p.Type));
            Assert.Null(neutral.Assurance);
        });
    }

    [Fact]
    public void Calculate_AnySeries_EveryPointKeepsItsDateAndValueAndVariationIsTheLastPoint()
    {
        Series.Sample(series =>
        {
            var chart = Spc.Calculate(series);

            Assert.Equal(series.Dates, chart.Points.Select(p => p.Date));
            Assert.Equal(series.Values, chart.Points.Select(p => p.Value));
            Assert.Equal(chart.Points[^1].Type, chart.Variation);
        });
    }

    [Fact]
    public void Calculate_SpecialCauseRules_OnlyMarkPointsTheRuleCanExplain()
    {
        Series.Sample(series =>
        {
            foreach (var p in Spc.Calculate(series).Points)
            {
                switch (p.Cause)
                {
                    case SpecialCause.AboveUpperLimit: Assert.True(p.Value > p.UpperLimit); break;
                    case SpecialCause.BelowLowerLimit: Assert.True(p.Value < p.LowerLimit); break;
                    case SpecialCause.RunAboveMean or SpecialCause.TwoOfThreeHigh: Assert.True(p.Value > p.Mean); break;
                    case SpecialCause.RunBelowMean or SpecialCause.TwoOfThreeLow: Assert.True(p.Value < p.Mean); break;
                    case SpecialCause.None: Assert.InRange(p.Value, p.LowerLimit, p.UpperLimit); break;
                }
            }
        });
    }

    private static PointType Swapped(PointType type) => type switch
    {
        PointType.SpecialCauseImprovement => PointType.SpecialCauseConcern,
        PointType.SpecialCauseConcern => PointType.SpecialCauseImprovement,
        var same => same,
    };

    private static Assurance? Swapped(Assurance? assurance) => assurance switch
    {
        Assurance.ConsistentPass => Assurance.ConsistentFail,
        Assurance.ConsistentFail => Assurance.ConsistentPass,
        var same => same,
    };
}

public class SpcTranscriptTests
{
    private static readonly DateOnly First = new(2021, 1, 1);

    [Fact]
    public void Calculate_AnySeries_AgreesWithTheTranscriptOfThePackage()
    {
        // Small whole numbers make ties, runs, trends and near-limit points common.
        Gen.Int[2, 40].SelectMany(n => Gen.Int[0, 6].Array[n]).Sample(values =>
        {
            var series = new SpcSeries
            {
                Dates = values.Select((_, i) => First.AddMonths(i)).ToArray(),
                Values = values.Select(v => (double)v).ToArray(),
            };
            var chart = Spc.Calculate(series);

            var expected = PlotTheDotsTranscript.SpecialCauseTypes(series.Values.ToArray(), chart.Segments[0]);
            Assert.Equal(expected, chart.Points.Select(p => Words(p.Cause)));
        }, iter: 5000);
    }

    private static string Words(SpecialCause cause) => cause switch
    {
        SpecialCause.AboveUpperLimit => "Above UCL",
        SpecialCause.BelowLowerLimit => "Below LCL",
        SpecialCause.IncreasingTrend => "7 Point Trend (Increasing)",
        SpecialCause.DecreasingTrend => "7 Point Trend (Decreasing)",
        SpecialCause.TwoOfThreeHigh => "2 in 3 Above CL",
        SpecialCause.TwoOfThreeLow => "2 in 3 Below CL",
        SpecialCause.RunAboveMean => "7 Points Above CL",
        SpecialCause.RunBelowMean => "7 Points Below CL",
        _ => "Common Cause",
    };
}
