using System.Globalization;
using GoldenThread.Web.Shell;

namespace GoldenThread.Web.Frameworks;

/// <summary>
/// An assessment's moderated results for spreadsheets: per criterion its principle, wording, moderated level (empty
/// while not moderated), the raters' spread, whether they split by two levels or more, and the moderated rationale.
/// </summary>
public static class ResultsCsv
{
    public static string Write(AssessmentModeration moderation)
    {
        var definition = moderation.Definition;
        return Csv.Write(["criterionId", "principle", "criterion", "moderatedLevel", "spread", "uncertain", "rationale"],
            moderation.Spreads.Select(spread =>
            {
                var criterion = definition.Criterion(spread.CriterionId)!;
                var moderated = moderation.Moderated.GetValueOrDefault(spread.CriterionId);
                return new[]
                {
                    criterion.Id, definition.PrincipleOf(criterion.Id)!.Id, criterion.Text,
                    moderated is null ? null : ModerationWords.Level(definition, moderated.NotApplicable ? null : moderated.Level),
                    spread.Spread?.ToString(CultureInfo.InvariantCulture), spread.Uncertain ? "yes" : "no", moderated?.Rationale,
                };
            }));
    }
}
