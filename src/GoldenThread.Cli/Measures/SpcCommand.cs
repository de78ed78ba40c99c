using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GoldenThread.Interchange;
using GoldenThread.Measures;

namespace GoldenThread.Cli.Measures;

/// <summary>
/// <c>goldenthread spc SERIES.json [--format json]</c>: the XmR chart of one series the Making Data Count way
/// (<see cref="Spc"/>): each point with its segment's mean and limits and what the rules say of it, the variation
/// (the latest point's type) and the assurance against the target.
/// </summary>
public static class SpcCommand
{
    private const string FileHelp =
        "A series file: {\"dates\":[\"2021-01-01\",…],\"values\":[…],\"improvementDirection\":\"increase\"|\"decrease\"|\"neutral\","
        + "\"target\":null|number,\"rebase\":[\"2022-04-01\"],\"screenOutliers\":true,\"fixAfterPoints\":12}. Only dates and values "
        + "are required: improvementDirection defaults to increase and screenOutliers to true (as in NHSRplotthedots); "
        + "target, rebase and fixAfterPoints default to none (null is the same as leaving one out). Dates are yyyy-mm-dd "
        + "in order, one value each; a rebase date must be one of the dates and starts a new segment with its own limits; "
        + "fixAfterPoints (12 or more) computes each segment's limits from its first n points";

    public static Command Create(CliContext cli)
    {
        var file = new Argument<FileInfo>("SERIES") { Description = FileHelp };
        var format = new Option<string>("--format") { Description = "table (default) or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("spc",
            "Chart one series on an XmR chart the NHS Making Data Count way: mean, limits and special causes of each point, "
            + "variation and assurance. A segment of fewer than 13 points has trial limits: a warning, not an error")
        {
            file, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var series = await ReadAsync(parse.GetValue(file)!, file.Name, cancellationToken);
            var chart = Spc.Calculate(series);
            if (parse.GetValue(format) == "json")
                await cli.Out.WriteLineAsync(JsonSerializer.Serialize(SpcOutput.Of(chart), NetworkDocument.JsonOptions));
            else
                await SpcTable.WriteAsync(cli.Out, chart, series.ScreenOutliers);
            return 0;
        });
        return command;
    }

    /// <summary>The series file, read and checked; anything wrong is one line naming the file and the JSON path.</summary>
    private static async Task<SpcSeries> ReadAsync(FileInfo file, string argument, CancellationToken cancellationToken)
    {
        var reading = SpcSeriesFile.Read(await InputFile.ReadAsync(file, argument, cancellationToken));
        if (reading.Problems.Count > 0) throw InputFile.Refused(file, reading.Problems);
        return reading.Series!;
    }

    /// <summary>The words of a special cause for the command line's JSON; null for none.</summary>
    internal static string? Code(SpecialCause cause) => cause switch
    {
        SpecialCause.AboveUpperLimit => "above_upper_limit",
        SpecialCause.BelowLowerLimit => "below_lower_limit",
        SpecialCause.IncreasingTrend => "increasing_trend",
        SpecialCause.DecreasingTrend => "decreasing_trend",
        SpecialCause.TwoOfThreeHigh => "two_of_three_high",
        SpecialCause.TwoOfThreeLow => "two_of_three_low",
        SpecialCause.RunAboveMean => "run_above_mean",
        SpecialCause.RunBelowMean => "run_below_mean",
        _ => null,
    };

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The contract of DESIGN.md, <c>{"points":[{"date","value","mean","lpl","upl","pointType"}],"variation","assurance"}</c>,
    /// then what else the chart knows: each point's rule and segment, the direction and target, and each segment's limits.
    /// </summary>
    private sealed record SpcOutput(
        IReadOnlyList<PointOutput> Points, string Variation, string? Assurance,
        string ImprovementDirection, double? Target, bool TrialLimits, IReadOnlyList<SegmentOutput> Segments)
    {
        public static SpcOutput Of(SpcChart chart) => new(
            [.. chart.Points.Select(p => new PointOutput(Day(p.Date), p.Value, p.Mean, p.LowerLimit, p.UpperLimit, SpcWords.Of(p.Type), Code(p.Cause), p.Segment))],
            SpcWords.Of(chart.Variation),
            chart.Assurance is { } assurance ? SpcWords.Of(assurance) : null,
            SpcWords.Of(chart.Direction),
            chart.Target,
            chart.TrialLimits,
            [.. chart.Segments.Select(s => new SegmentOutput(Day(chart.Points[s.Start].Date), s.Count, s.Mean, s.MeanMovingRange,
                s.LowerLimit, s.UpperLimit, s.ScreenedMovingRanges, s.TrialLimits))]);
    }

    private sealed record PointOutput(string Date, double Value, double Mean, double Lpl, double Upl, string PointType, string? SpecialCause, int Segment);

    private sealed record SegmentOutput(
        string Start, int Points, double Mean, double MeanMovingRange, double Lpl, double Upl, int ScreenedMovingRanges, bool TrialLimits);
}
