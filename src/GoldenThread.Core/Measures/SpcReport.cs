namespace GoldenThread.Measures;

/// <summary>
/// An XmR chart as the <c>spc</c> command and the API write it: the contract of DESIGN.md first,
/// <c>{"points":[{"date","value","mean","lpl","upl","pointType"}],"variation","assurance"}</c>, then what else the chart
/// knows — each point's rule and segment, the direction and target, and each segment's limits.
/// </summary>
public sealed record SpcReport(
    IReadOnlyList<SpcReport.Point> Points, string Variation, string? Assurance,
    string ImprovementDirection, double? Target, bool TrialLimits, IReadOnlyList<SpcReport.Segment> Segments)
{
    public sealed record Point(DateOnly Date, double Value, double Mean, double Lpl, double Upl, string PointType, string? SpecialCause, int Segment);

    public sealed record Segment(
        DateOnly Start, int Points, double Mean, double MeanMovingRange, double Lpl, double Upl, int ScreenedMovingRanges, bool TrialLimits);

    public static SpcReport Of(SpcChart chart) => new(
        [.. chart.Points.Select(p => new Point(p.Date, p.Value, p.Mean, p.LowerLimit, p.UpperLimit, SpcWords.Of(p.Type), SpcWords.Of(p.Cause), p.Segment))],
        SpcWords.Of(chart.Variation),
        chart.Assurance is { } assurance ? SpcWords.Of(assurance) : null,
        SpcWords.Of(chart.Direction),
        chart.Target,
        chart.TrialLimits,
        [.. chart.Segments.Select(s => new Segment(chart.Points[s.Start].Date, s.Count, s.Mean, s.MeanMovingRange,
            s.LowerLimit, s.UpperLimit, s.ScreenedMovingRanges, s.TrialLimits))]);
}
