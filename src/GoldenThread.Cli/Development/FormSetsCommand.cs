using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GoldenThread.Development;
using GoldenThread.Interchange;

namespace GoldenThread.Cli.Development;

/// <summary>
/// <c>goldenthread form-sets REGISTRANTS.json --min 6 --max 8 [--time-limit S] [--format json]</c>: people who registered
/// alone grouped into action learning sets within their own system (<see cref="LearningSetFormer"/>, matching.md): as
/// many placed as the sizes allow, then the largest total score, with the status and the proven bound.
/// </summary>
public static class FormSetsCommand
{
    public const double MostSeconds = 3_600;

    private const string FileHelp =
        "The registrants: {\"registrants\":[{\"id\",\"name\",\"systemCode\",\"organisationId\",\"sector\",\"profession\",\"seniority\"}]}. "
        + "All but name are required; sector, profession and seniority are codes of the vocabularies (seniority early-career, "
        + "middle, senior or executive). Sets never mix systems";

    public static Command Create(CliContext cli)
    {
        var weights = DevelopmentWeights.Default.LearningSets;
        var file = new Argument<FileInfo>("REGISTRANTS") { Description = FileHelp };
        var min = new Option<int>("--min") { Description = $"The smallest set, 2 or more (default {weights.MinSize})", DefaultValueFactory = _ => weights.MinSize };
        var max = new Option<int>("--max") { Description = $"The largest set, at least --min (default {weights.MaxSize})", DefaultValueFactory = _ => weights.MaxSize };
        var limit = new Option<double>("--time-limit")
        {
            Description = $"Seconds the search may take over all systems (default {LearningSetFormer.DefaultTimeLimit.TotalSeconds:0}); "
                + "when it stops the search the status is feasible and bound says how far from the best the score can be",
            DefaultValueFactory = _ => LearningSetFormer.DefaultTimeLimit.TotalSeconds,
        };
        var format = OutputFormat.Option();
        var command = new Command("form-sets",
            "Group individual registrants into action learning sets within their systems: as many placed as the sizes allow, then "
            + "the most sectors, professions and seniority levels in each set and the fewest colleagues together. Status optimal, "
            + "feasible (time limit reached), partial (some cannot be placed) or infeasible (no set can be formed)")
        {
            file, min, max, limit, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (smallest, largest, seconds) = Checked(parse.GetValue(min), parse.GetValue(max), parse.GetValue(limit));
            var registrants = await InputFile.ReadAsync(parse.GetValue(file)!, file.Name,
                json => RegistrantsFile.Read(json) is var r ? (r.Registrants, r.Problems) : default, cancellationToken);
            var former = new LearningSetFormer(weights, TimeSpan.FromSeconds(seconds), Environment.ProcessorCount);
            var result = former.Form(registrants, smallest, largest);
            if (parse.GetValue(format) == "json")
                await cli.Out.WriteLineAsync(JsonSerializer.Serialize(FormationReport.Of(result, smallest, largest), NetworkDocument.JsonOptions));
            else
                await FormSetsTable.WriteAsync(cli.Out, result, registrants, smallest, largest);
            return 0;
        });
        return command;
    }

    private static (int Min, int Max, double Seconds) Checked(int min, int max, double seconds)
    {
        if (min < 2) throw new CliInputException($"--min: {min} is below 2; a learning set needs at least 2 people");
        if (max < min) throw new CliInputException($"--max: {max} is below --min ({min})");
        if (!(seconds > 0 && seconds <= MostSeconds))
            throw new CliInputException($"--time-limit: {seconds.ToString(CultureInfo.InvariantCulture)} is not between 0 and {MostSeconds:0} seconds (0 itself not allowed)");
        return (min, max, seconds);
    }
}
