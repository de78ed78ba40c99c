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
        var format = OutputFormat.Option();
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
                await cli.Out.WriteLineAsync(JsonSerializer.Serialize(SpcReport.Of(chart), NetworkDocument.JsonOptions));
            else
                await SpcTable.WriteAsync(cli.Out, chart, series.ScreenOutliers);
            return 0;
        });
        return command;
    }

    /// <summary>The series file, read and checked; anything wrong is one line naming the file and the JSON path.</summary>
    private static Task<SpcSeries> ReadAsync(FileInfo file, string argument, CancellationToken cancellationToken) =>
        InputFile.ReadAsync(file, argument, json => SpcSeriesFile.Read(json) is var r ? (r.Series, r.Problems) : default, cancellationToken);

    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
