using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GoldenThread.Cli.Interchange;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Representation;

namespace GoldenThread.Cli.Representation;

/// <summary>
/// <c>goldenthread representation NETWORK.json [--on DATE] [--format json]</c>: the representation rules
/// (representation-rules.md) over one network file on a date, each gap with the people of the file's register who
/// could fill it, best first. Ids in the output are the file's own.
/// </summary>
public static class RepresentationCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<FileInfo>("NETWORK") { Description = "A goldenthread/network/v1 file" };
        var on = new Option<DateOnly?>("--on")
        {
            Description = "The date the network is read on, as YYYY-MM-DD; default today in England",
            CustomParser = ParseDate,
        };
        var format = OutputFormat.Option();
        var command = new Command("representation", "Check a network file against the representation rules: who is missing, and who could fill each gap")
        {
            file, on, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var network = new RepresentationNetwork(await NetworkFileArgument.ReadAsync(parse.GetValue(file)!, file.Name, cancellationToken));
            var day = parse.GetValue(on) ?? UkDate.Today(cli.Time);
            var findings = RepresentationEngine.Default.Evaluate(network, day);
            if (parse.GetValue(format) == "json")
                await cli.Out.WriteLineAsync(JsonSerializer.Serialize(new Report([.. findings.Select(FindingOutput.Of)]), NetworkDocument.JsonOptions));
            else
                await WriteTableAsync(cli.Out, network, findings, day);
            return 0;
        });
        return command;
    }

    /// <summary>The date as the network file writes dates, so a date is read one way only.</summary>
    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        result.AddError($"--on: \"{text}\" is not a date written as YYYY-MM-DD, like 2026-11-24");
        return null;
    }

    private static async Task WriteTableAsync(TextWriter output, RepresentationNetwork network, IReadOnlyList<Finding> findings, DateOnly on)
    {
        string Body(string? id) => id is null ? "system-wide" : network.Bodies[id].Name;
        var ruleWidth = findings.Select(f => f.Rule.Length).Append("rule".Length).Max() + 2;
        var bodyWidth = findings.Select(f => Body(f.BodyId).Length).Append("body".Length).Max() + 2;
        if (findings.Count > 0)
            await output.WriteLineAsync($"{"rule".PadRight(ruleWidth)}{"severity",-10}{"body".PadRight(bodyWidth)}message");
        foreach (var finding in findings)
        {
            await output.WriteLineAsync($"{finding.Rule.PadRight(ruleWidth)}{finding.Severity.Code(),-10}{Body(finding.BodyId).PadRight(bodyWidth)}{finding.Message}");
            if (finding.Severity != Severity.Gap) continue;
            if (finding.Candidates.Count == 0) await output.WriteLineAsync("    no one in the register could fill this gap");
            foreach (var candidate in finding.Candidates)
                await output.WriteLineAsync($"    candidate: {candidate.Name} ({candidate.PersonId}) as {candidate.Seat.Role}, {candidate.Seat.Capacity}, on {Body(candidate.Seat.BodyId)}");
        }
        var gaps = findings.Count(f => f.Severity == Severity.Gap);
        var day = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await output.WriteLineAsync(findings.Count == 0
            ? $"No findings on {day}: every rule is met."
            : $"{Plural(gaps, "gap")} and {Plural(findings.Count - gaps, "warning")} on {day}.");
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>The contract of DESIGN.md: <c>{"findings":[{"rule","severity","bodyId","message"}]}</c>.</summary>
    private sealed record Report(IReadOnlyList<FindingOutput> Findings);

    /// <summary>A finding as the contract names it; only a gap carries <see cref="Candidates"/>.</summary>
    private sealed record FindingOutput(string Rule, string Severity, string? BodyId, string Message)
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<CandidateOutput>? Candidates { get; init; }

        public static FindingOutput Of(Finding finding) => new(finding.Rule, finding.Severity.Code(), finding.BodyId, finding.Message)
        {
            Candidates = finding.Severity == GoldenThread.Representation.Severity.Gap
                ? [.. finding.Candidates.Select(c => new CandidateOutput(c.PersonId, c.Name, c.Seat.BodyId, c.Seat.Role, c.Seat.Capacity))]
                : null,
        };
    }

    private sealed record CandidateOutput(string PersonId, string Name, string BodyId, string Role, string Capacity);
}
