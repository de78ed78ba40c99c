using System.Text.Json.Serialization;

namespace GoldenThread.Programmes;

[JsonConverter(typeof(JsonStringEnumConverter<CriterionStatus>))]
public enum CriterionStatus
{
    [JsonStringEnumMemberName("pass")] Pass,
    [JsonStringEnumMemberName("warn")] Warn,
    [JsonStringEnumMemberName("fail")] Fail,
}

/// <summary>One criterion for one application: what the engine found, in words ("5 members; at least 6 needed").</summary>
public sealed record CriterionResult(string Id, CriterionStatus Status, string Message);

/// <summary>Every criterion for one application, in the catalogue's order; eligible when none failed.</summary>
public sealed record EligibilityResult(string ApplicationId, bool Eligible, IReadOnlyList<CriterionResult> Criteria)
{
    public CriterionResult this[string id] => Criteria.First(c => c.Id == id);
}

/// <summary>
/// The eligibility of a set of applications as the command line and the API write it (DESIGN.md):
/// <c>{"results":[{"applicationId","eligible","criteria":[{"id","status","message"}]}]}</c>, in the applications' order.
/// </summary>
public sealed record EligibilityReport(IReadOnlyList<EligibilityResult> Results);
