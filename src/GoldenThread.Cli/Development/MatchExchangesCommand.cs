using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GoldenThread.Development;
using GoldenThread.Interchange;

namespace GoldenThread.Cli.Development;

/// <summary>
/// <c>goldenthread match-exchanges POOL.json [--format json]</c>: the workplace exchange pairs of a pool with the
/// largest total score (<see cref="ExchangeMatcher"/>, matching.md's rules and default weights), each with its two
/// visits; who stays unmatched. Bad input exits 2 naming the file and JSON path.
/// </summary>
public static class MatchExchangesCommand
{
    private const string FileHelp =
        "A pool file: {\"participants\":[{\"id\",\"name\",\"profession\",\"setting\",\"organisationId\",\"placeId\","
        + "\"availability\":[\"2026-12-02-am\",\"2026-12-09-pm\"],\"avoid\":[\"x7\"]}]}. id, profession, setting (codes of the "
        + "vocabularies), organisationId and availability (half-days written yyyy-mm-dd-am or -pm) are required; avoid names "
        + "other participants' ids";

    public static Command Create(CliContext cli)
    {
        var file = new Argument<FileInfo>("POOL") { Description = FileHelp };
        var format = OutputFormat.Option();
        var command = new Command("match-exchanges",
            "Pair workplace exchange participants for the largest total score: different organisations and settings, not avoided, "
            + "two shared half-days; visit 1 on the earliest at the workplace of the id sorting first, visit 2 on the next at the other's")
        {
            file, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var participants = await InputFile.ReadAsync(parse.GetValue(file)!, file.Name,
                json => ExchangePoolFile.Read(json) is var r ? (r.Participants, r.Problems) : default, cancellationToken);
            var matching = ExchangeMatcher.Default.Match(participants);
            if (parse.GetValue(format) == "json")
                await cli.Out.WriteLineAsync(JsonSerializer.Serialize(Report(matching), NetworkDocument.JsonOptions));
            else
                await WriteTableAsync(cli.Out, participants.Count, matching);
            return 0;
        });
        return command;
    }

    /// <summary>DESIGN.md's contract (<c>pairs</c> of a, b and score; <c>totalScore</c>; <c>unmatched</c>) with each
    /// pair's visits and the number of allowed pairs after it.</summary>
    private static object Report(ExchangeMatching matching) => new
    {
        pairs = matching.Pairs.Select(p => new
        {
            a = p.A,
            b = p.B,
            score = p.Score,
            visits = new[] { p.First, p.Second }.Select(v => new { slot = v.Slot.ToString(), host = v.HostId }),
        }),
        totalScore = matching.TotalScore,
        unmatched = matching.Unmatched,
        allowedPairs = matching.AllowedPairs,
    };

    private static async Task WriteTableAsync(TextWriter output, int participants, ExchangeMatching matching)
    {
        var inv = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(inv,
            $"{participants} participants, {matching.AllowedPairs} allowed pairs: {matching.Pairs.Count} pairs with a total score of {matching.TotalScore}, {matching.Unmatched.Count} unmatched."));
        if (matching.Pairs.Count > 0)
        {
            var width = Math.Max(4, matching.Pairs.Max(p => p.A.Length + p.B.Length + 3));
            await output.WriteLineAsync();
            await output.WriteLineAsync($"{"Pair".PadRight(width)}  Score  Visit 1 (host)          Visit 2 (host)");
            foreach (var p in matching.Pairs)
                await output.WriteLineAsync(string.Create(inv,
                    $"{$"{p.A} + {p.B}".PadRight(width)}  {p.Score,5}  {$"{p.First.Slot} ({p.First.HostId})",-22}  {p.Second.Slot} ({p.Second.HostId})"));
        }
        if (matching.Unmatched.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Unmatched: {string.Join(", ", matching.Unmatched)}");
        }
    }
}
