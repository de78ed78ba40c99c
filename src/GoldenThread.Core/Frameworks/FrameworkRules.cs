using System.Text.RegularExpressions;

namespace GoldenThread.Frameworks;

/// <summary>What makes a framework definition unusable, each problem naming where it is.</summary>
public static class FrameworkRules
{
    public const int FewestLevels = 2;
    public const int MostLevels = 7;
    /// <summary>The longest id of a principle or criterion, as ratings, moderated ratings and actions store it.</summary>
    public const int IdLength = 32;

    /// <summary>Letters, digits, dots and hyphens: ids appear in addresses (<c>/rate/P1.1</c>) and in stored rows.</summary>
    private static readonly Regex IdPattern = new($"^[A-Za-z0-9.-]{{1,{IdLength}}}$", RegexOptions.CultureInvariant);

    private static bool IsId(string? id) => id is not null && IdPattern.IsMatch(id);

    public static IReadOnlyList<string> Problems(FrameworkDefinition framework)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(framework.Key)) problems.Add("key: enter the framework's key");
        if (string.IsNullOrWhiteSpace(framework.Name)) problems.Add("name: enter the framework's name");
        if (framework.Levels.Count is < FewestLevels or > MostLevels)
            problems.Add($"levels: between {FewestLevels} and {MostLevels} levels are needed; {framework.Levels.Count} found");
        for (var i = 0; i < framework.Levels.Count; i++)
        {
            var level = framework.Levels[i];
            if (level.Value != i + 1) problems.Add($"levels[{i}].value: must be {i + 1}, as levels are numbered from 1, lowest first");
            if (string.IsNullOrWhiteSpace(level.Name)) problems.Add($"levels[{i}].name: enter the level's name");
            else if (level.Name.Length > FrameworkAdaptation.LevelNameLength)
                problems.Add($"levels[{i}].name: must be {FrameworkAdaptation.LevelNameLength} characters or fewer");
            if (level.Description?.Length > FrameworkAdaptation.LevelDescriptionLength)
                problems.Add($"levels[{i}].description: must be {FrameworkAdaptation.LevelDescriptionLength} characters or fewer");
        }
        if (framework.Principles.Count == 0) problems.Add("principles: at least one principle is needed");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < framework.Principles.Count; p++)
        {
            var principle = framework.Principles[p];
            if (!IsId(principle.Id)) problems.Add($"principles[{p}].id: {IdLength} letters, digits, dots or hyphens at most, and not blank");
            else if (!ids.Add(principle.Id)) problems.Add($"principles[{p}].id: used twice");
            if (string.IsNullOrWhiteSpace(principle.Title)) problems.Add($"principles[{p}].title: enter the principle's title");
            else if (principle.Title.Length > FrameworkAdaptation.TextLength)
                problems.Add($"principles[{p}].title: must be {FrameworkAdaptation.TextLength} characters or fewer");
            for (var c = 0; c < principle.Criteria.Count; c++)
            {
                var criterion = principle.Criteria[c];
                var path = $"principles[{p}].criteria[{c}]";
                if (!IsId(criterion.Id)) problems.Add($"{path}.id: {IdLength} letters, digits, dots or hyphens at most, and not blank");
                else if (!ids.Add(criterion.Id)) problems.Add($"{path}.id: used twice");
                if (string.IsNullOrWhiteSpace(criterion.Text)) problems.Add($"{path}.text: enter what good looks like");
                else if (criterion.Text.Length > FrameworkAdaptation.TextLength)
                    problems.Add($"{path}.text: must be {FrameworkAdaptation.TextLength} characters or fewer");
                for (var g = 0; g < criterion.Guidance.Count; g++)
                    if (criterion.Guidance[g]?.Length > FrameworkAdaptation.GuidanceLength)
                        problems.Add($"{path}.guidance[{g}]: must be {FrameworkAdaptation.GuidanceLength} characters or fewer");
                if (criterion.Guidance.Count != 0 && criterion.Guidance.Count != framework.Levels.Count)
                    problems.Add($"{path}.guidance: one line per level ({framework.Levels.Count}) or none; {criterion.Guidance.Count} found");
                if (criterion.Evidence is { } evidence && !RegisterEvidence.Knows(evidence))
                    problems.Add($"{path}.evidence: \"{evidence}\" is not evidence GoldenThread can show; use one of {string.Join(", ", RegisterEvidence.Keys)}");
            }
        }
        if (!framework.Criteria.Any()) problems.Add("principles: at least one criterion that is not retired is needed");
        return problems;
    }
}
