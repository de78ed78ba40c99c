namespace GoldenThread.Frameworks;

/// <summary>A moderated rating as the results read it: a level from 1, or null for not applicable.</summary>
public sealed record ModeratedLevel(string CriterionId, int? Level);

/// <summary>
/// One principle's moderated results: how many of its criteria were moderated to each level, how many as not
/// applicable and how many are not moderated yet, and the mean moderated level (null when no criterion has a level).
/// </summary>
/// <param name="Counts">Criteria per moderated level, level 1 first.</param>
public sealed record PrincipleResult(string PrincipleId, string Title, IReadOnlyList<int> Counts, int NotApplicable, int NotModerated, double? Mean)
{
    public int Criteria => Counts.Sum() + NotApplicable + NotModerated;
}

/// <summary>How a criterion's moderated level compares with the previous assessment's.</summary>
public enum LevelChange
{
    Improved,
    Same,
    Worse,
    /// <summary>The previous assessment did not rate it: added to the framework since, or moderated for the first time.</summary>
    New,
    /// <summary>Not applicable this time or last time, or rated on scales of different lengths.</summary>
    NotComparable,
    /// <summary>This assessment has no moderated rating for it yet.</summary>
    NotModerated,
}

/// <param name="Before">The previous assessment's moderated level; null when it had none or said not applicable.</param>
/// <param name="Now">This assessment's moderated level; null when none yet or not applicable.</param>
/// <param name="RatedBefore">The previous assessment has a moderated rating of it (a level or not applicable).</param>
public sealed record CriterionChange(string CriterionId, int? Before, int? Now, LevelChange Change, bool RatedBefore);

/// <summary>
/// The results of a moderated assessment: by principle (counts per level and a mean, for the results chart and its
/// table), and per criterion against the previous completed assessment of the same framework, matched by criterion id
/// (ids are stable across framework versions, so a reworded criterion still compares with its earlier wording).
/// </summary>
public static class AssessmentResults
{
    /// <summary>Each principle's results over the criteria the definition rates (not retired), in reading order.</summary>
    public static IReadOnlyList<PrincipleResult> ByPrinciple(FrameworkDefinition definition, IEnumerable<ModeratedLevel> moderated)
    {
        var byCriterion = moderated.ToDictionary(m => m.CriterionId, m => m.Level);
        return [.. definition.Principles
            .Select(p => (Principle: p, Criteria: p.Criteria.Where(c => !c.Retired).ToList()))
            .Where(p => p.Criteria.Count > 0)
            .Select(p =>
            {
                var counts = new int[definition.Levels.Count];
                int notApplicable = 0, notModerated = 0;
                var levels = new List<int>();
                foreach (var criterion in p.Criteria)
                {
                    if (!byCriterion.TryGetValue(criterion.Id, out var level)) notModerated++;
                    else if (level is not { } value) notApplicable++;
                    else
                    {
                        counts[value - 1]++;
                        levels.Add(value);
                    }
                }
                return new PrincipleResult(p.Principle.Id, p.Principle.Title, counts, notApplicable, notModerated,
                    levels.Count == 0 ? null : levels.Average());
            })];
    }

    /// <summary>
    /// Every criterion <paramref name="current"/> rates, in its reading order, against the <paramref name="previous"/>
    /// assessment's moderated levels (that assessment read against <paramref name="previousDefinition"/>).
    /// </summary>
    public static IReadOnlyList<CriterionChange> Compare(FrameworkDefinition current, IEnumerable<ModeratedLevel> now,
        FrameworkDefinition previousDefinition, IEnumerable<ModeratedLevel> previous)
    {
        var nowById = now.ToDictionary(m => m.CriterionId, m => m.Level);
        var beforeById = previous.ToDictionary(m => m.CriterionId, m => m.Level);
        var sameScale = current.Levels.Count == previousDefinition.Levels.Count;
        return [.. current.Criteria.Select(c =>
        {
            var moderated = nowById.TryGetValue(c.Id, out var level);
            var rated = beforeById.TryGetValue(c.Id, out var before);
            var change = (moderated, rated) switch
            {
                (false, _) => LevelChange.NotModerated,
                (true, false) => LevelChange.New,
                _ when level is null || before is null || !sameScale => LevelChange.NotComparable,
                _ => level.Value.CompareTo(before.Value) switch { > 0 => LevelChange.Improved, < 0 => LevelChange.Worse, _ => LevelChange.Same },
            };
            return new CriterionChange(c.Id, before, level, change, rated);
        })];
    }
}
