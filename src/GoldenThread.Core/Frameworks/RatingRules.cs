using GoldenThread.Network;

namespace GoldenThread.Frameworks;

/// <summary>A rater's answer to one criterion as given: a level, or "not applicable" with its justification, and links.</summary>
public sealed record RatingAnswer(int? Level, bool NotApplicable, string? Rationale, IReadOnlyList<string?> EvidenceLinks);

/// <summary>
/// What a rater may give as a rating (issue 8): a level of the assessment's framework version or "not applicable", the
/// latter only with a justification; a rationale of at most <see cref="CriterionRating.RationaleLength"/> characters; at
/// most <see cref="CriterionRating.MostLinks"/> evidence links, each an absolute http or https address. Errors are keyed by
/// field as the API names them (<c>level</c>, <c>rationale</c>, <c>evidenceLinks[2]</c>); the pages and the API share them.
/// </summary>
public static class RatingRules
{
    public const string NoLevel = "Select a rating for this criterion";
    public const string NoJustification = "Enter why this criterion does not apply";

    public static IReadOnlyList<FieldError> Check(RatingAnswer answer, FrameworkDefinition definition)
    {
        var errors = new List<FieldError>();
        if (answer.NotApplicable && answer.Level is not null)
            errors.Add(new FieldError("level", "Select a rating or not applicable, not both"));
        else if (!answer.NotApplicable && answer.Level is not { } level)
            errors.Add(new FieldError("level", NoLevel));
        else if (!answer.NotApplicable && definition.Level(answer.Level!.Value) is null)
            errors.Add(new FieldError("level", $"Select one of the {definition.Levels.Count} ratings"));
        var rationale = answer.Rationale?.Trim();
        if (answer.NotApplicable && string.IsNullOrEmpty(rationale))
            errors.Add(new FieldError("rationale", NoJustification));
        else if (rationale?.Length > CriterionRating.RationaleLength)
            errors.Add(new FieldError("rationale", $"{(answer.NotApplicable ? "Justification" : "Rationale")} must be {CriterionRating.RationaleLength:N0} characters or fewer"));
        var links = answer.EvidenceLinks;
        if (links.Count(l => !string.IsNullOrWhiteSpace(l)) > CriterionRating.MostLinks)
            errors.Add(new FieldError("evidenceLinks", $"Give at most {CriterionRating.MostLinks} evidence links"));
        for (var i = 0; i < links.Count; i++)
            if (LinkProblem(links[i]) is { } problem) errors.Add(new FieldError($"evidenceLinks[{i}]", problem));
        return errors;
    }

    /// <summary>Why a link cannot be kept: not an absolute http or https address, or too long; null when it can, or is blank.</summary>
    public static string? LinkProblem(string? link)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        var text = link.Trim();
        if (text.Length > CriterionRating.LinkLength) return $"Evidence link must be {CriterionRating.LinkLength} characters or fewer";
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? null
            : "Enter an evidence link starting with http:// or https://, like https://example.org/report";
    }

    /// <summary>The links to keep: the non-blank ones, trimmed, in order. Call after <see cref="Check"/> found no problems.</summary>
    public static List<string> KeptLinks(IEnumerable<string?> links) =>
        [.. links.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim())];

    /// <summary>
    /// Why raters may not rate the assessment on <paramref name="today"/> (England's date), in words for the rater; null
    /// when they may: it is open and <paramref name="today"/> is between its opening and closing dates.
    /// </summary>
    public static string? WhyNotRating(AssessmentState state, DateOnly opensOn, DateOnly closesOn, DateOnly today) => state switch
    {
        AssessmentState.Moderating => "Rating has closed for this assessment: the leadership team is moderating the ratings",
        AssessmentState.Completed => "This assessment is complete: its ratings were moderated and the results agreed",
        _ when today < opensOn => $"Rating opens on {UkDate.Long(opensOn)}",
        _ when today > closesOn => $"Rating closed on {UkDate.Long(closesOn)}",
        _ => null,
    };
}
