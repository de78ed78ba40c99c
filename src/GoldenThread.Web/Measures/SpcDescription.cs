using System.Globalization;
using GoldenThread.Measures;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Measures;

/// <summary>An XmR chart in words, for the drawing's description: what someone who cannot see it needs to read it.</summary>
public static class SpcDescription
{
    private const int RunsListed = 4;

    public static string Of(SpcChart chart, IReadOnlyList<SpcAnnotation> annotations)
    {
        var points = chart.Points;
        var latest = chart.Segments[^1];
        var sentences = new List<string>
        {
            $"{Count(points.Count, "point")} from {UkTime.Day(points[0].Date)} to {UkTime.Day(points[^1].Date)}" +
                (chart.Segments.Count > 1 ? $", in {chart.Segments.Count} segments, rebased on {string.Join(" and ", chart.Segments.Skip(1).Select(s => UkTime.Day(points[s.Start].Date)))}." : "."),
            $"{(chart.Segments.Count > 1 ? $"Latest segment, from {UkTime.Day(points[latest.Start].Date)}" : "All points")}: mean {Number(latest.Mean)}, " +
                $"process limits {Number(latest.LowerLimit)} to {Number(latest.UpperLimit)}" +
                (latest.TrialLimits ? $"; these are trial limits, as there are fewer than {Spc.TrialLimitsBelow} points." : "."),
        };
        if (chart.Target is { } target) sentences.Add($"Target {Number(target)}.");
        sentences.Add(SpecialCauses(chart));
        sentences.Add($"Variation: {SpcReading.Variation(chart.Variation, chart.Direction)}.");
        sentences.Add($"Assurance: {SpcReading.Assurance(chart.Assurance, chart.Target)}.");
        sentences.AddRange(Annotations(annotations, points[0].Date, points[^1].Date));
        return string.Join(" ", sentences);
    }

    public static string Number(double value) => (value == 0 ? 0 : value).ToString("#,##0.##", CultureInfo.InvariantCulture);

    private static string SpecialCauses(SpcChart chart)
    {
        var kinds = chart.Points.Select(p => p.Type).Where(t => t != PointType.CommonCause).Distinct().Order().ToList();
        if (kinds.Count == 0) return "No special causes.";
        return "Special causes: " + string.Join("; ", kinds.Select(kind =>
        {
            var count = chart.Points.Count(p => p.Type == kind);
            var name = SpcReading.Variation(kind, chart.Direction).Replace("Special cause ", "", StringComparison.Ordinal);
            return $"{name} at {Count(count, "point")} ({Runs(chart.Points, kind)})";
        })) + ".";
    }

    /// <summary>The dates of a kind of point as runs of neighbours ("1 Jan 2024 to 1 Jul 2024"), the first few of them.</summary>
    private static string Runs(IReadOnlyList<SpcPoint> points, PointType kind)
    {
        var runs = new List<string>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Type != kind) continue;
            var end = i;
            while (end + 1 < points.Count && points[end + 1].Type == kind) end++;
            runs.Add(end == i ? UkTime.Day(points[i].Date) : $"{UkTime.Day(points[i].Date)} to {UkTime.Day(points[end].Date)}");
            i = end;
        }
        return runs.Count <= RunsListed
            ? string.Join(", ", runs)
            : string.Join(", ", runs.Take(RunsListed)) + $" and {runs.Count - RunsListed} more";
    }

    private static IEnumerable<string> Annotations(IReadOnlyList<SpcAnnotation> annotations, DateOnly first, DateOnly last)
    {
        var numbered = annotations.Select((a, i) => (Number: i + 1, a.Date)).ToList();
        var drawn = numbered.Count(a => a.Date >= first && a.Date <= last);
        if (drawn > 0)
            yield return $"{(drawn == 1 ? "A numbered marker shows 1 annotation" : $"Numbered markers show {drawn} annotations")}, listed beneath the chart.";
        foreach (var (number, date) in numbered.Where(a => a.Date < first || a.Date > last))
            yield return $"Annotation {number} ({UkTime.Day(date)}) falls outside the chart's dates and is not drawn.";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
