using System.Globalization;
using GoldenThread.Development;
using GoldenThread.Network;

namespace GoldenThread.Cli.Development;

/// <summary>
/// The readable formation: for each system a line with its registrants, status and score, then a line per set with its
/// score and members (with their names when given) and a line of those left out; then the totals.
/// </summary>
internal static class FormSetsTable
{
    public static async Task WriteAsync(TextWriter output, FormationResult result, IReadOnlyList<Registrant> registrants, int min, int max)
    {
        var names = registrants.ToDictionary(r => r.Id, r => r.Name);
        string Who(string id) => names[id] is { } name ? $"{id} ({name})" : id;
        await output.WriteLineAsync($"Sets of {min} to {max}, within each system.");
        foreach (var system in result.Systems)
        {
            await output.WriteLineAsync($"{system.SystemCode}, {Prose.Count(system.Registrants, "registrant")}: {Verdict(system, min)}");
            var number = 0;
            foreach (var set in result.Sets.Where(s => s.SystemCode == system.SystemCode))
                await output.WriteLineAsync($"  set {++number}, {set.Members.Count} members, score {set.Score}: {string.Join(", ", set.Members.Select(Who))}");
            if (system.Unplaced.Count > 0)
                await output.WriteLineAsync($"  unplaced: {string.Join(", ", system.Unplaced.Select(Who))}");
        }
        var placed = result.Systems.Sum(s => s.Placed);
        await output.WriteLineAsync($"{Prose.Count(result.Sets.Count, "set")}, {placed} of {registrants.Count} placed; total score {result.TotalScore}, "
            + $"bound {result.Bound}: {FormationReport.Word(result.Status)}{(result.Proved ? ", proved the best" : $", within {Gap(result.TotalScore, result.Bound)} of the best")}.");
    }

    private static string Verdict(SystemFormation system, int min) => system.Status switch
    {
        FormationStatus.Infeasible => $"infeasible: a set needs at least {min}",
        FormationStatus.Optimal => $"optimal: score {system.TotalScore}, proved the best",
        FormationStatus.Feasible => $"feasible: score {system.TotalScore}, bound {system.Bound} (within {Gap(system.TotalScore, system.Bound)}); the time limit stopped the search",
        _ => $"partial: the sizes allow {system.Placed} to be placed; score {system.TotalScore}"
            + (system.Proved ? ", proved the best for those placed" : $", bound {system.Bound} (within {Gap(system.TotalScore, system.Bound)})"),
    };

    /// <summary>How far the score may be below the best: points, and their share of the bound when it is above 0.</summary>
    private static string Gap(int score, int bound) =>
        Prose.Count(bound - score, "point") + (bound > 0 ? $", {((double)(bound - score) / bound).ToString("0.0%", CultureInfo.InvariantCulture)}" : "");
}
