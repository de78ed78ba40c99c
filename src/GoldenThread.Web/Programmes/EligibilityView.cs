using GoldenThread.Programmes;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// What the <c>_EligibilityCriteria</c> partial (Pages/Programmes) shows: one application's result criterion by
/// criterion, titled from the catalogue the engine ran with, and — for the team's own check-answers page — where a
/// criterion not met can be mended.
/// </summary>
/// <param name="Caption">The table's caption, which names it for screen readers.</param>
/// <param name="Fixes">By criterion id, the page that changes what the criterion looks at.</param>
public sealed record EligibilityView(EligibilityResult Result, string Caption = "Eligibility, criterion by criterion",
    EligibilityCriteria? Catalogue = null, IReadOnlyDictionary<string, CriterionFix>? Fixes = null)
{
    public EligibilityCriteria Criteria => Catalogue ?? EligibilityCriteria.Default;

    public CriterionFix? FixFor(CriterionResult result) =>
        result.Status == CriterionStatus.Pass ? null : Fixes?.GetValueOrDefault(result.Id);

    public int Failed => Result.Criteria.Count(c => c.Status == CriterionStatus.Fail);
    public int Warned => Result.Criteria.Count(c => c.Status == CriterionStatus.Warn);

    /// <summary>"2 criteria failed, 1 warning" or "No criterion failed, 1 warning".</summary>
    public string Summary => Describe(Result);

    public static string Describe(EligibilityResult result)
    {
        var failed = result.Criteria.Count(c => c.Status == CriterionStatus.Fail);
        var warned = result.Criteria.Count(c => c.Status == CriterionStatus.Warn);
        var fails = failed switch { 0 => "No criterion failed", 1 => "1 criterion failed", _ => $"{failed} criteria failed" };
        return warned switch { 0 => fails, 1 => fails + ", 1 warning", _ => $"{fails}, {warned} warnings" };
    }

    /// <summary>The words and NHS.UK tag colour of a criterion's status.</summary>
    public static (string Text, string Colour) Tag(CriterionStatus status) => status switch
    {
        CriterionStatus.Pass => ("Pass", "green"),
        CriterionStatus.Warn => ("Warning", "yellow"),
        _ => ("Fail", "red"),
    };

    public static (string Text, string Colour) Verdict(bool eligible) => eligible ? ("Eligible", "green") : ("Not eligible", "red");
}

/// <summary>A link to the page that changes what a criterion looks at: "Change team members".</summary>
public sealed record CriterionFix(string Text, string Href);
