using System.Text.Json.Serialization;

namespace GoldenThread.Frameworks;

/// <summary>
/// A leadership framework as data: principles, each with "what good looks like" criteria, and the rating levels a rater
/// chooses from, each with its words. The national frameworks ship as reference files (<see cref="FrameworkLibrary"/>);
/// a system copies one and adapts it, and each adaptation is a new <see cref="FrameworkVersion"/>, so an assessment
/// always reads against the wording its raters saw. Criterion ids are stable across versions: a reworded criterion keeps
/// its id, a retired one stays in the definition marked retired, and a criterion a system adds gets a new id.
/// </summary>
public sealed class FrameworkDefinition
{
    /// <summary>Stable key of the framework it came from (<c>ccpl</c>, <c>people-and-communities</c>).</summary>
    public string Key { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>What the framework is drawn from, in a sentence, for the reader.</summary>
    public string Source { get; init; } = "";
    /// <summary>The rating scale, lowest first; values 1, 2, 3, … in order (4 levels by default).</summary>
    public List<RatingLevel> Levels { get; init; } = [];
    public List<Principle> Principles { get; init; } = [];

    /// <summary>Every criterion in reading order, retired ones included.</summary>
    [JsonIgnore] public IEnumerable<FrameworkCriterion> AllCriteria => Principles.SelectMany(p => p.Criteria);

    /// <summary>The criteria a new assessment rates: every criterion not retired, in reading order.</summary>
    [JsonIgnore] public IEnumerable<FrameworkCriterion> Criteria => AllCriteria.Where(c => !c.Retired);

    public FrameworkCriterion? Criterion(string id) => AllCriteria.FirstOrDefault(c => c.Id == id);

    public Principle? PrincipleOf(string criterionId) => Principles.FirstOrDefault(p => p.Criteria.Any(c => c.Id == criterionId));

    public RatingLevel? Level(int value) => Levels.FirstOrDefault(l => l.Value == value);
}

/// <summary>One level of the rating scale: its value (1 = lowest), name ("emerging") and what it means in general.</summary>
public sealed record RatingLevel(int Value, string Name, string Description);

public sealed record Principle(string Id, string Title, List<FrameworkCriterion> Criteria);

/// <summary>
/// A "what good looks like" criterion. <see cref="Guidance"/> has what each level looks like for this criterion, one
/// entry per level in order (empty when the framework's general level descriptions serve). <see cref="Evidence"/> names
/// the facts from the register shown beside it (one of <see cref="RegisterEvidence.Keys"/>), null when none apply.
/// </summary>
public sealed record FrameworkCriterion(string Id, string Text, List<string> Guidance, string? Evidence = null, bool Retired = false);
