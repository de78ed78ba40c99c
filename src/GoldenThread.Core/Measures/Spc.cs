namespace GoldenThread.Measures;

/// <summary>
/// Statistical process control the NHS "Making Data Count" way: an XmR chart per segment with the special-cause
/// rules and assurance of NHSRplotthedots 0.2.2 (<c>ptd_spc_standard</c>, <c>ptd_calculate_point_type</c>,
/// <c>ptd_calculate_assurance_type</c>), which decides wherever a description and the package differ.
/// </summary>
public static class Spc
{
    /// <summary>The limits sit this many mean moving ranges from the mean (3 sigma, 3 / 1.128).</summary>
    public const double Limit = 2.66;

    /// <summary>Two-thirds of the way from the mean to a limit, computed as the package does.</summary>
    public const double NearLimit = 2 * (Limit / 3);

    /// <summary>A moving range at or above this many times the mean moving range is screened out.</summary>
    public const double OutlierRange = 3.267;

    /// <summary>A segment with fewer points has trial limits.</summary>
    public const int TrialLimitsBelow = 13;

    private const int RunLength = 7;

    /// <summary>The chart of a sound series; check <see cref="SpcSeries.Problems"/> first.</summary>
    public static SpcChart Calculate(SpcSeries series)
    {
        var problems = series.Problems();
        if (problems.Count > 0) throw new ArgumentException(problems[0].ToString(), nameof(series));

        var starts = series.SegmentStarts().ToList();
        var segments = new List<SpcSegment>();
        var points = new List<SpcPoint>(series.Values.Count);
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : series.Values.Count;
            var values = series.Values.Skip(starts[s]).Take(end - starts[s]).ToArray();
            var segment = Limits(values, starts[s], series.FixAfterPoints, series.ScreenOutliers);
            segments.Add(segment);
            var causes = SpecialCauses(values, segment);
            for (var i = 0; i < values.Length; i++)
                points.Add(new SpcPoint(series.Dates[starts[s] + i], values[i], segment.Mean, segment.LowerLimit,
                    segment.UpperLimit, TypeOf(causes[i], series.Direction), causes[i], s));
        }
        var assurance = AssuranceOf(segments[^1], series.Target, series.Direction);
        return new SpcChart(points, segments, points[^1].Type, assurance, series.Direction, series.Target);
    }

    /// <summary>
    /// Mean and limits of one segment from its first <paramref name="fixAfter"/> points. With screening, moving
    /// ranges at or above 3.267 × their mean are dropped once and the mean recomputed; the package then has no
    /// moving range left when all of them are 0 (a flat series) and gives no limits — here they stay at the mean.
    /// </summary>
    internal static SpcSegment Limits(IReadOnlyList<double> values, int start, int? fixAfter, bool screenOutliers)
    {
        var basis = values.Take(fixAfter ?? int.MaxValue).ToArray();
        var mean = Mean(basis);
        var ranges = new double[basis.Length - 1];
        for (var i = 1; i < basis.Length; i++) ranges[i - 1] = Math.Abs(basis[i] - basis[i - 1]);
        var meanRange = Mean(ranges);
        var screened = 0;
        if (screenOutliers)
        {
            var kept = ranges.Where(r => r < OutlierRange * meanRange).ToArray();
            screened = ranges.Length - kept.Length;
            if (kept.Length > 0) meanRange = Mean(kept);
        }
        return new SpcSegment(start, values.Count, mean, meanRange, mean - Limit * meanRange, mean + Limit * meanRange,
            screened, values.Count < TrialLimitsBelow);
    }

    /// <summary>R's <c>mean</c>: the sum over n, corrected by the mean of the residuals.</summary>
    private static double Mean(IReadOnlyList<double> values)
    {
        var mean = values.Sum() / values.Count;
        if (!double.IsFinite(mean)) return mean;
        var residual = 0.0;
        foreach (var value in values) residual += value - mean;
        return mean + residual / values.Count;
    }

    /// <summary>The rule that marks each point of one segment, in precedence: limits, trend, 2 of 3, run.</summary>
    internal static SpecialCause[] SpecialCauses(IReadOnlyList<double> values, SpcSegment segment)
    {
        var n = values.Count;
        var side = new int[n];
        var outside = new bool[n];
        var near = new bool[n];
        for (var i = 0; i < n; i++)
        {
            side[i] = Math.Sign(values[i] - segment.Mean);
            outside[i] = values[i] > segment.UpperLimit || values[i] < segment.LowerLimit;
            near[i] = !outside[i] && (values[i] < segment.NearLowerLimit || values[i] > segment.NearUpperLimit);
        }
        var trend = PartOfRun(TrendEnds(values));
        var twoOfThree = TwoOfThree(near, side);
        var run = PartOfRun(RunEnds(side));

        var causes = new SpecialCause[n];
        for (var i = 0; i < n; i++)
        {
            causes[i] =
                outside[i] ? (side[i] == 1 ? SpecialCause.AboveUpperLimit : SpecialCause.BelowLowerLimit)
                : trend[i] ? (TrendRises(values, trend, i) ? SpecialCause.IncreasingTrend : SpecialCause.DecreasingTrend)
                : twoOfThree[i] ? (side[i] > 0 ? SpecialCause.TwoOfThreeHigh : SpecialCause.TwoOfThreeLow)
                : run[i] ? (side[i] > 0 ? SpecialCause.RunAboveMean : SpecialCause.RunBelowMean)
                : SpecialCause.None;
        }
        return causes;
    }

    /// <summary>Points that end 7 strictly rising (or strictly falling) points.</summary>
    private static bool[] TrendEnds(IReadOnlyList<double> values)
    {
        var ends = new bool[values.Count];
        for (var i = RunLength - 1; i < values.Count; i++)
        {
            var rising = true;
            var falling = true;
            for (var k = i - RunLength + 2; k <= i; k++)
            {
                rising &= values[k] > values[k - 1];
                falling &= values[k] < values[k - 1];
            }
            ends[i] = rising || falling;
        }
        return ends;
    }

    /// <summary>Points that end 7 in a row on one side of the mean; a point on the mean belongs to neither side.</summary>
    private static bool[] RunEnds(IReadOnlyList<int> side)
    {
        var ends = new bool[side.Count];
        for (var i = RunLength - 1; i < side.Count; i++)
        {
            var same = side[i] != 0;
            for (var k = i - RunLength + 1; k < i && same; k++) same = side[k] == side[i];
            ends[i] = same;
        }
        return ends;
    }

    /// <summary>A point is part of a run when it, or one of the 6 points after it, ends one.</summary>
    private static bool[] PartOfRun(IReadOnlyList<bool> ends)
    {
        var part = new bool[ends.Count];
        for (var i = 0; i < ends.Count; i++)
            for (var k = i; k < Math.Min(ends.Count, i + RunLength) && !part[i]; k++)
                part[i] = ends[k];
        return part;
    }

    /// <summary>
    /// The direction of a trend point: towards the next point when that is in a trend too, else from the previous
    /// point — so a peak shared by a rise and a fall reads as the fall, as in the package.
    /// </summary>
    private static bool TrendRises(IReadOnlyList<double> values, IReadOnlyList<bool> trend, int i) =>
        i + 1 < values.Count && trend[i + 1] ? values[i + 1] > values[i] : i > 0 && values[i] > values[i - 1];

    /// <summary>
    /// Near-limit points in any window of 3 consecutive points that holds at least 2 near-limit points, all 3 on the
    /// same side of the mean. Only the near-limit points themselves are marked.
    /// </summary>
    private static bool[] TwoOfThree(IReadOnlyList<bool> near, IReadOnlyList<int> side)
    {
        var n = near.Count;
        var marked = new bool[n];
        for (var start = 0; start + 3 <= n; start++)
        {
            var nearCount = 0;
            var sideSum = 0;
            for (var k = start; k < start + 3; k++)
            {
                nearCount += near[k] ? 1 : 0;
                sideSum += side[k];
            }
            if (nearCount < 2 || Math.Abs(sideSum) != 3) continue;
            for (var k = start; k < start + 3; k++) marked[k] |= near[k];
        }
        return marked;
    }

    private static PointType TypeOf(SpecialCause cause, ImprovementDirection direction)
    {
        var high = cause is SpecialCause.AboveUpperLimit or SpecialCause.IncreasingTrend or SpecialCause.TwoOfThreeHigh or SpecialCause.RunAboveMean;
        if (cause == SpecialCause.None) return PointType.CommonCause;
        return direction switch
        {
            ImprovementDirection.Neutral => high ? PointType.SpecialCauseNeutralHigh : PointType.SpecialCauseNeutralLow,
            ImprovementDirection.Increase => high ? PointType.SpecialCauseImprovement : PointType.SpecialCauseConcern,
            _ => high ? PointType.SpecialCauseConcern : PointType.SpecialCauseImprovement,
        };
    }

    /// <summary>Pass or fail for sure only when the target lies strictly beyond a limit of the last segment.</summary>
    private static Assurance? AssuranceOf(SpcSegment last, double? target, ImprovementDirection direction)
    {
        if (target is not { } t || direction == ImprovementDirection.Neutral) return null;
        var increasing = direction == ImprovementDirection.Increase;
        if (t > last.UpperLimit) return increasing ? Assurance.ConsistentFail : Assurance.ConsistentPass;
        if (t < last.LowerLimit) return increasing ? Assurance.ConsistentPass : Assurance.ConsistentFail;
        return Assurance.Inconsistent;
    }
}
