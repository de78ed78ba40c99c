namespace GoldenThread.Measures;

/// <summary>One point of an XmR chart with the limits of its segment and what the rules say about it.</summary>
public sealed record SpcPoint(
    DateOnly Date, double Value, double Mean, double LowerLimit, double UpperLimit,
    PointType Type, SpecialCause Cause, int Segment);

/// <summary>
/// The limits of one segment (from the start or a rebase date). <see cref="TrialLimits"/> when it has fewer than
/// <see cref="Spc.TrialLimitsBelow"/> points, whose limits will move with each new point.
/// </summary>
public sealed record SpcSegment(
    int Start, int Count, double Mean, double MeanMovingRange, double LowerLimit, double UpperLimit,
    int ScreenedMovingRanges, bool TrialLimits)
{
    public double NearLowerLimit => Mean - Spc.NearLimit * MeanMovingRange;
    public double NearUpperLimit => Mean + Spc.NearLimit * MeanMovingRange;
}

/// <summary>
/// An XmR chart: every point, each segment's limits, the latest point's type (<see cref="Variation"/>), and
/// <see cref="Assurance"/> against the target from the last segment's limits (null without a target or direction).
/// </summary>
public sealed record SpcChart(
    IReadOnlyList<SpcPoint> Points, IReadOnlyList<SpcSegment> Segments, PointType Variation, Assurance? Assurance,
    ImprovementDirection Direction, double? Target)
{
    public bool TrialLimits => Segments.Any(s => s.TrialLimits);
}
