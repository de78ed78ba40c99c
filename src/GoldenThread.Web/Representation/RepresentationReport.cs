using GoldenThread.Data.Representation;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Representation;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Representation;

/// <summary>
/// A representation run as the report page and its CSV show it: each finding with its rule's title and reason,
/// grouped by body or by rule, filtered by severity, rule and place, with the counts of the summary panel.
/// </summary>
public sealed class RepresentationReport(RepresentationRun run)
{
    public RepresentationRun Run => run;

    public RuleDefinition Rule(Finding finding) => run.Engine.Catalogue.Find(finding.Rule)!;

    public IReadOnlyList<RuleDefinition> Rules => run.Engine.Catalogue.Rules;

    public BodyRecord? Body(string? bodyId) => bodyId is null ? null : run.Network.Bodies[bodyId];

    public string PersonName(string personId) => run.Network.People[personId].Person.Name;

    public int Gaps => run.Findings.Count(f => f.Severity == Severity.Gap);
    public int Warnings => run.Findings.Count(f => f.Severity == Severity.Warning);

    public IReadOnlyList<BodyRecord> ActiveBodies { get; } = [.. run.Network.Document.Bodies.Where(b => Evaluation.Active(b, run.On))];

    public int BodiesWithFindings { get; } = run.Findings.Select(f => f.BodyId).OfType<string>().Distinct()
        .Count(id => Evaluation.Active(run.Network.Bodies[id], run.On));

    public int BodiesClean => ActiveBodies.Count - BodiesWithFindings;

    /// <summary>The findings a filter keeps. A place keeps its own bodies' findings and system-wide findings about the place.</summary>
    public IReadOnlyList<Finding> Filter(Severity? severity, string? rule, string? placeId) =>
        [.. run.Findings.Where(f => (severity is null || f.Severity == severity) && (rule is null || f.Rule == rule)
            && (placeId is null || (f.BodyId is { } body ? run.Network.Bodies[body].PlaceId == placeId : f.Subject == placeId)))];

    /// <summary>Findings by body: system-wide findings first, then bodies from the region down to neighbourhoods, by name.</summary>
    public static IEnumerable<IGrouping<BodyRecord?, Finding>> ByBody(IEnumerable<Finding> findings, RepresentationNetwork network) =>
        findings.GroupBy(f => f.BodyId is null ? null : network.Bodies[f.BodyId])
            .OrderBy(g => g.Key is null ? -1 : Vocabularies.Default.LevelFromTop(g.Key.Level))
            .ThenBy(g => g.Key?.Name, StringComparer.Ordinal);

    public string Csv(IReadOnlyList<Finding> findings) =>
        Shell.Csv.Write(["rule", "title", "severity", "body", "bodyId", "message", "candidates"],
            findings.Select(f => new[]
            {
                f.Rule, Rule(f).Title, f.Severity.Code(), Body(f.BodyId)?.Name, f.BodyId, f.Message,
                string.Join("; ", f.Candidates.Select(c => $"{c.Name} ({Labels.Of(c.Seat.Role).ToLowerInvariant()} on {Body(c.Seat.BodyId)!.Name})")),
            }));
}
