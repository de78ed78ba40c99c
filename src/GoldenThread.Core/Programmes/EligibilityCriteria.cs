using GoldenThread.Network;

namespace GoldenThread.Programmes;

/// <summary>
/// The eligibility criteria as data (<c>Reference/eligibility-criteria.json</c>): ids in reporting order, the
/// severity of a check not met, and the words a reader sees. The checks themselves are code, looked up by id.
/// </summary>
public sealed class EligibilityCriteria
{
    public required int StatedLength { get; init; }
    public required IReadOnlyList<EligibilityCriterion> Criteria { get; init; }

    private static readonly Lazy<EligibilityCriteria> Embedded = new(() => ReferenceData.Load<EligibilityCriteria>("eligibility-criteria.json", c => c.Problems()));

    /// <summary>The criteria shipped with GoldenThread.</summary>
    public static EligibilityCriteria Default => Embedded.Value;

    public EligibilityCriterion this[string id] => Criteria.First(c => c.Id == id);

    /// <summary>What stops the catalogue being used: ids the engine has no check for, repeated ids, unknown severities.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (StatedLength < 1) problems.Add("statedLength must be at least 1");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in Criteria)
        {
            if (!seen.Add(criterion.Id)) problems.Add($"{criterion.Id} is listed twice");
            if (!Eligibility.Checks.Contains(criterion.Id)) problems.Add($"{criterion.Id} is not a criterion GoldenThread can check");
            if (criterion.Severity is not (CriterionStatus.Fail or CriterionStatus.Warn))
                problems.Add($"{criterion.Id} must have severity fail or warn");
        }
        return problems;
    }
}

public sealed record EligibilityCriterion(string Id, CriterionStatus Severity, string Title, string Check);
