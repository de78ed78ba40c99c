using System.Globalization;
using GoldenThread.Programmes;

namespace GoldenThread.Web.Programmes;

/// <summary>How review pages speak of an assignment's progress and of scores.</summary>
public static class ReviewWords
{
    /// <summary>Where a reviewer is with an assignment, and the NHS.UK tag colour that shows it.</summary>
    public static (string Text, string Tag) Status(ReviewAssignment assignment) =>
        assignment.SubmittedAt is not null ? ("Scored", "nhsuk-tag--green")
        : Started(assignment) ? ("Draft saved", "nhsuk-tag--yellow")
        : ("Assigned", "nhsuk-tag--grey");

    /// <summary>Whether the reviewer has put any work into it: a score, a comment, or the whole review.</summary>
    public static bool Started(ReviewAssignment assignment) =>
        assignment.SubmittedAt is not null || assignment.Scores.Count > 0 || !string.IsNullOrWhiteSpace(assignment.Comment);

    /// <summary>A score to 2 decimal places ("3.40"); a dash for none.</summary>
    public static string Score(double? score) => score?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>A difference with its sign ("+0.45", "−1.50", "0.00"); a dash for none.</summary>
    public static string Signed(double? value) => value switch
    {
        null => "–",
        var v when Math.Round(v.Value, 2) > 0 => "+" + Score(v),
        var v when Math.Round(v.Value, 2) < 0 => "−" + Score(-v),
        _ => Score(0),
    };

    /// <summary>What the reviewers disagree on, in words: "the wicked issue, measures and the overall score".</summary>
    public static string Disagreement(ApplicationScores scores) =>
        GoldenThread.Network.Prose.List(scores.DisagreeOn.Select(c => InSentence(c.Title)).Concat(scores.OverallDisagrees ? ["the overall score"] : []));

    /// <summary>A title inside a sentence: "The team" is "the team", but "EDI commitment" keeps its capitals.</summary>
    public static string InSentence(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && char.IsLower(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;
}
