using System.Globalization;
using GoldenThread.Measures;

namespace GoldenThread.Cli.Measures;

/// <summary>
/// The readable chart: one line per point (date, value, mean, limits, point type and the rule that marked it), a line
/// per segment, then the variation, the assurance and a warning for each segment with trial limits.
/// </summary>
internal static class SpcTable
{
    public static async Task WriteAsync(TextWriter output, SpcChart chart, bool screenOutliers)
    {
        string[] header = ["date", "value", "mean", "lower", "upper", "type", "rule"];
        var rows = chart.Points.Select(p => new[]
        {
            SpcCommand.Day(p.Date), Number(p.Value), Number(p.Mean), Number(p.LowerLimit), Number(p.UpperLimit), Words(p.Type), SpcWords.Because(p.Cause) ?? "",
        }).ToList();
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max() + 2).ToArray();
        string Line(string[] cells) => string.Concat(cells.Select((cell, c) => c + 1 < cells.Length ? cell.PadRight(widths[c]) : cell)).TrimEnd();

        await output.WriteLineAsync(Line(header));
        foreach (var row in rows) await output.WriteLineAsync(Line(row));
        foreach (var segment in chart.Segments)
            await output.WriteLineAsync(
                $"Segment from {SpcCommand.Day(chart.Points[segment.Start].Date)}, {segment.Count} points: mean {Number(segment.Mean)}, "
                + $"mean moving range {Number(segment.MeanMovingRange)} ({(screenOutliers ? $"{Plural(segment.ScreenedMovingRanges, "moving range")} screened out" : "not screened")}), "
                + $"limits {Number(segment.LowerLimit)} to {Number(segment.UpperLimit)}.");
        var latest = chart.Points[^1];
        await output.WriteLineAsync($"Variation: {Words(chart.Variation)} (the latest point, {SpcCommand.Day(latest.Date)}).");
        await output.WriteLineAsync($"Assurance: {Assurance(chart, latest)}");
        foreach (var segment in chart.Segments.Where(s => s.TrialLimits))
            await output.WriteLineAsync(
                $"Warning: the segment from {SpcCommand.Day(chart.Points[segment.Start].Date)} has {segment.Count} points, fewer than "
                + $"{Spc.TrialLimitsBelow}; its limits are trial limits and will move with each new point.");
    }

    private static string Assurance(SpcChart chart, SpcPoint latest)
    {
        if (chart.Target is not { } target) return "none: the series has no target.";
        if (chart.Direction == ImprovementDirection.Neutral) return "none: a neutral measure has no assurance against its target.";
        var (lower, upper) = (Number(latest.LowerLimit), Number(latest.UpperLimit));
        return chart.Assurance switch
        {
            GoldenThread.Measures.Assurance.ConsistentPass =>
                $"consistent pass: every value within the limits ({lower} to {upper}) meets the target {Number(target)}.",
            GoldenThread.Measures.Assurance.ConsistentFail =>
                $"consistent fail: no value within the limits ({lower} to {upper}) meets the target {Number(target)}.",
            _ => $"inconsistent: the target {Number(target)} lies within the limits ({lower} to {upper}), so it will be met some of the time and missed some of the time.",
        };
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Words(PointType type) => type switch
    {
        PointType.SpecialCauseImprovement => "special cause improvement",
        PointType.SpecialCauseConcern => "special cause concern",
        PointType.SpecialCauseNeutralHigh => "special cause (high)",
        PointType.SpecialCauseNeutralLow => "special cause (low)",
        _ => "common cause",
    };
}
