using GoldenThread.Network;
using GoldenThread.Programmes;

namespace GoldenThread.Cli.Programmes;

/// <summary>
/// The readable eligibility: for each application in the file's order a line with its id, system and verdict (naming
/// the criteria that failed), then one line per criterion with its status and what was found; then a count.
/// </summary>
internal static class EligibilityTable
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<Application> applications, IReadOnlyList<EligibilityResult> results)
    {
        var idWidth = results.SelectMany(r => r.Criteria).Select(c => c.Id.Length).DefaultIfEmpty(0).Max() + 2;
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var failed = result.Criteria.Where(c => c.Status == CriterionStatus.Fail).Select(c => c.Id).ToList();
            await output.WriteLineAsync($"{result.ApplicationId} ({applications[i].SystemCode.ToUpperInvariant()}): "
                + (result.Eligible ? "eligible" : $"not eligible ({string.Join(", ", failed)})"));
            foreach (var criterion in result.Criteria)
                await output.WriteLineAsync($"  {criterion.Id.PadRight(idWidth)}{Status(criterion.Status),-6}{criterion.Message}");
        }
        var eligible = results.Count(r => r.Eligible);
        var warned = results.Count(r => r.Criteria.Any(c => c.Status == CriterionStatus.Warn));
        await output.WriteLineAsync(
            $"{Prose.Count(results.Count, "application")}: {eligible} eligible, {results.Count - eligible} not eligible; {warned} with a warning.");
    }

    private static string Status(CriterionStatus status) => status switch
    {
        CriterionStatus.Pass => "pass",
        CriterionStatus.Warn => "warn",
        _ => "fail",
    };
}
