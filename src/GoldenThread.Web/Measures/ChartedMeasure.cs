using System.Globalization;
using GoldenThread.Measures;

namespace GoldenThread.Web.Measures;

/// <summary>
/// A measure's points and, when they can be charted, its XmR chart; otherwise the reasons they cannot (too few points,
/// a segment of one point), which pages say rather than fail on.
/// </summary>
public sealed record ChartedMeasure(IReadOnlyList<MeasurePoint> Points, SpcChart? Chart, IReadOnlyList<SpcProblem> Problems, int Decimals)
{
    public static ChartedMeasure Of(Measure measure, IEnumerable<MeasurePoint> points)
    {
        var ordered = points.OrderBy(p => p.Date).ToList();
        var series = measure.Series(ordered);
        var problems = series.Problems();
        return new ChartedMeasure(ordered, problems.Count == 0 ? Spc.Calculate(series) : null, problems, DecimalsOf(ordered.Select(p => p.Value)));
    }

    public MeasurePoint? Latest => Points.Count == 0 ? null : Points[^1];

    /// <summary>The measure's target with its unit, as precise as the data or the target itself, whichever is finer.</summary>
    public static string? TargetOf(Measure measure, int decimals) =>
        measure.Target is { } target ? MeasureNumbers.WithUnit(target, measure.Unit, Math.Max(decimals, DecimalsOf([target]))) : null;

    /// <summary>Why there is no chart, in a sentence.</summary>
    public string NoChartReason => Points.Count < SpcSeries.MinimumPointsPerSegment
        ? $"{(Points.Count == 0 ? "No points yet" : "Only 1 point so far")}: a chart needs at least {SpcSeries.MinimumPointsPerSegment}"
        : $"The points cannot be charted: {string.Join("; ", Problems.Select(p => p.Message))}";

    /// <summary>The most decimal places any value has (up to 3), so numbers are shown as precisely as they were given.</summary>
    private static int DecimalsOf(IEnumerable<double> values) =>
        values.Select(v => Math.Round(v, 3).ToString("0.###", CultureInfo.InvariantCulture))
            .Select(t => t.Contains('.') ? t.Length - t.IndexOf('.') - 1 : 0).DefaultIfEmpty(0).Max();
}
