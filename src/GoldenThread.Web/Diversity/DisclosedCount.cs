using GoldenThread.Diversity;

namespace GoldenThread.Web.Diversity;

/// <summary>A count of people as a page shows it under the disclosure rule: the number, or "fewer than 10" when withheld.</summary>
public static class DisclosedCount
{
    public static string Text(DiversityAggregates.Count count) =>
        count.Shown is { } n ? n.ToString("N0") : $"fewer than {DiversityVocabulary.Default.SuppressionThreshold}";

    /// <summary>The rule in a sentence, for the pages that show such counts.</summary>
    public static string Rule
    {
        get
        {
            var vocabulary = DiversityVocabulary.Default;
            return $"To protect people who could be identified, any count of people below {vocabulary.SuppressionThreshold}, including none, is shown as \"fewer than {vocabulary.SuppressionThreshold}\", and other counts of people are rounded to the nearest {vocabulary.RoundTo}.";
        }
    }
}
