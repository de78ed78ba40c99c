namespace GoldenThread.Frameworks;

/// <summary>What makes a framework definition unusable, each problem naming where it is.</summary>
public static class FrameworkRules
{
    public const int FewestLevels = 2;
    public const int MostLevels = 7;

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
        }
        if (framework.Principles.Count == 0) problems.Add("principles: at least one principle is needed");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < framework.Principles.Count; p++)
        {
            var principle = framework.Principles[p];
            if (string.IsNullOrWhiteSpace(principle.Id) || !ids.Add(principle.Id)) problems.Add($"principles[{p}].id: blank or used twice");
            if (string.IsNullOrWhiteSpace(principle.Title)) problems.Add($"principles[{p}].title: enter the principle's title");
            for (var c = 0; c < principle.Criteria.Count; c++)
            {
                var criterion = principle.Criteria[c];
                var path = $"principles[{p}].criteria[{c}]";
                if (string.IsNullOrWhiteSpace(criterion.Id) || !ids.Add(criterion.Id)) problems.Add($"{path}.id: blank or used twice");
                if (string.IsNullOrWhiteSpace(criterion.Text)) problems.Add($"{path}.text: enter what good looks like");
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
