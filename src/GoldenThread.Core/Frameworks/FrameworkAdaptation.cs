using GoldenThread.Network;

namespace GoldenThread.Frameworks;

/// <summary>A change a system makes to its framework; each applied makes the definition of the next version.</summary>
public abstract record FrameworkChange;

/// <summary>A new criterion at the end of a principle; <see cref="Guidance"/> one line per level, or none.</summary>
public sealed record AddCriterion(string PrincipleId, string? Text, IReadOnlyList<string?> Guidance) : FrameworkChange;

/// <summary>New wording of a criterion, which keeps its id so past ratings of it still read against it.</summary>
public sealed record ChangeCriterion(string CriterionId, string? Text, IReadOnlyList<string?> Guidance) : FrameworkChange;

/// <summary>A criterion new assessments no longer rate; it stays in the definition, marked retired.</summary>
public sealed record RetireCriterion(string CriterionId) : FrameworkChange;

/// <summary>A retired criterion rated again from the next assessment on.</summary>
public sealed record RestoreCriterion(string CriterionId) : FrameworkChange;

/// <summary>New words for the rating levels, lowest first: one name and description per level (the count stays).</summary>
public sealed record RenameLevels(IReadOnlyList<LevelWords> Levels) : FrameworkChange;

public sealed record LevelWords(string? Name, string? Description);

/// <summary>The next definition, or the problems of the change, each naming its field; <see cref="CriterionId"/> is the criterion changed or added.</summary>
public sealed record Adaptation(FrameworkDefinition? Definition, IReadOnlyList<FieldError> Problems, string? CriterionId = null)
{
    public bool Succeeded => Definition is not null;
}

/// <summary>
/// Makes the next version's definition from the current one for each change a system may make to its adopted framework.
/// Criterion ids are never lost nor reused: a reworded criterion keeps its id, a retired one stays marked retired, and
/// an added one takes its principle's id and the next number after every criterion that principle has ever had. So an
/// assessment made against any earlier version still finds each of its criteria (<see cref="LostCriteria"/>).
/// </summary>
public static class FrameworkAdaptation
{
    public const int TextLength = 1_000;
    public const int GuidanceLength = 1_000;
    public const int LevelNameLength = 60;
    public const int LevelDescriptionLength = 500;

    public static Adaptation Apply(FrameworkDefinition current, FrameworkChange change) => change switch
    {
        AddCriterion add => Add(current, add),
        ChangeCriterion reword => Reword(current, reword),
        RetireCriterion retire => Retire(current, retire.CriterionId),
        RestoreCriterion restore => Restore(current, restore.CriterionId),
        RenameLevels rename => Rename(current, rename.Levels),
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Unknown framework change"),
    };

    /// <summary>The criterion ids of <paramref name="earlier"/> that <paramref name="later"/> no longer has, in reading order.</summary>
    public static IReadOnlyList<string> LostCriteria(FrameworkDefinition earlier, FrameworkDefinition later)
    {
        var kept = later.AllCriteria.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return [.. earlier.AllCriteria.Select(c => c.Id).Where(id => !kept.Contains(id))];
    }

    /// <summary>
    /// What stops <paramref name="later"/> following <paramref name="earlier"/> as its next version: its own problems
    /// (<see cref="FrameworkRules"/>), a changed key, or a criterion of the earlier version gone (retire it instead).
    /// </summary>
    public static IReadOnlyList<FieldError> NextVersionProblems(FrameworkDefinition earlier, FrameworkDefinition later)
    {
        var problems = FrameworkRules.Problems(later).Select(AsFieldError).ToList();
        if (later.Key != earlier.Key) problems.Add(new FieldError("key", $"The key stays \"{earlier.Key}\""));
        foreach (var id in LostCriteria(earlier, later))
            problems.Add(new FieldError("principles", $"Criterion {id} is missing: past assessments rated it, so retire it instead of removing it"));
        return problems;
    }

    /// <summary>Whether two definitions say the same, word for word: a new version that does would only add noise to the history.</summary>
    public static bool Same(FrameworkDefinition earlier, FrameworkDefinition later) =>
        System.Text.Json.JsonSerializer.Serialize(earlier) == System.Text.Json.JsonSerializer.Serialize(later);

    /// <summary>A <see cref="FrameworkRules"/> problem ("path: message") as a field error keyed by its JSON path.</summary>
    public static FieldError AsFieldError(string problem)
    {
        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? new FieldError("$", problem) : new FieldError(problem[..colon], char.ToUpperInvariant(problem[colon + 2]) + problem[(colon + 3)..]);
    }

    /// <summary>The id the next criterion added to <paramref name="principle"/> gets: never one any criterion has or had.</summary>
    public static string NextId(FrameworkDefinition framework, Principle principle)
    {
        var prefix = principle.Id + ".";
        var highest = principle.Criteria.Select(c => c.Id)
            .Where(id => id.StartsWith(prefix, StringComparison.Ordinal))
            .Select(id => int.TryParse(id.AsSpan(prefix.Length), out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        var used = framework.AllCriteria.Select(c => c.Id).Concat(framework.Principles.Select(p => p.Id)).ToHashSet(StringComparer.Ordinal);
        var next = highest + 1;
        while (used.Contains(prefix + next)) next++;
        return prefix + next;
    }

    private static Adaptation Add(FrameworkDefinition current, AddCriterion add)
    {
        var problems = new List<FieldError>();
        var principle = current.Principles.FirstOrDefault(p => p.Id == add.PrincipleId);
        if (principle is null) problems.Add(new FieldError("principleId", "Select a principle of this framework"));
        var guidance = Wording(current, add.Text, add.Guidance, problems);
        if (principle is null || problems.Count > 0) return Refused(problems);
        var id = NextId(current, principle);
        var added = new FrameworkCriterion(id, add.Text!.Trim(), guidance);
        return Done(With(current, principle.Id, criteria => [.. criteria, added]), id);
    }

    private static Adaptation Reword(FrameworkDefinition current, ChangeCriterion reword)
    {
        var problems = new List<FieldError>();
        if (current.Criterion(reword.CriterionId) is not { } criterion) return Refused([Unknown()]);
        var guidance = Wording(current, reword.Text, reword.Guidance, problems);
        if (problems.Count > 0) return Refused(problems);
        var changed = criterion with { Text = reword.Text!.Trim(), Guidance = guidance };
        if (changed.Text == criterion.Text && changed.Guidance.SequenceEqual(criterion.Guidance))
            return Refused([new FieldError("text", "Change the wording: the criterion and its guidance are as they were")]);
        return Done(Replace(current, changed), criterion.Id);
    }

    private static Adaptation Retire(FrameworkDefinition current, string criterionId)
    {
        if (current.Criterion(criterionId) is not { } criterion) return Refused([Unknown()]);
        if (criterion.Retired) return Refused([new FieldError("criterionId", $"Criterion {criterionId} is already retired")]);
        if (current.Criteria.Count() == 1)
            return Refused([new FieldError("criterionId", $"Criterion {criterionId} is the last one rated: add or restore another before retiring it")]);
        return Done(Replace(current, criterion with { Retired = true }), criterionId);
    }

    private static Adaptation Restore(FrameworkDefinition current, string criterionId)
    {
        if (current.Criterion(criterionId) is not { } criterion) return Refused([Unknown()]);
        if (!criterion.Retired) return Refused([new FieldError("criterionId", $"Criterion {criterionId} is not retired")]);
        return Done(Replace(current, criterion with { Retired = false }), criterionId);
    }

    private static Adaptation Rename(FrameworkDefinition current, IReadOnlyList<LevelWords> words)
    {
        var problems = new List<FieldError>();
        if (words.Count != current.Levels.Count)
            return Refused([new FieldError("levels", $"Give words for each of the {current.Levels.Count} levels")]);
        for (var i = 0; i < words.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(words[i].Name)) problems.Add(new FieldError($"levels[{i}].name", $"Enter a name for level {i + 1}"));
            else if (words[i].Name!.Trim().Length > LevelNameLength)
                problems.Add(new FieldError($"levels[{i}].name", $"Level {i + 1}'s name must be {LevelNameLength} characters or fewer"));
            if (words[i].Description?.Trim().Length > LevelDescriptionLength)
                problems.Add(new FieldError($"levels[{i}].description", $"Level {i + 1}'s description must be {LevelDescriptionLength} characters or fewer"));
        }
        var names = words.Select(w => w.Name?.Trim()).Where(n => !string.IsNullOrEmpty(n)).ToList();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count)
            problems.Add(new FieldError("levels", "Give each level a different name"));
        if (problems.Count > 0) return Refused(problems);
        var levels = words.Select((w, i) => new RatingLevel(i + 1, w.Name!.Trim(), w.Description?.Trim() ?? "")).ToList();
        if (levels.SequenceEqual(current.Levels)) return Refused([new FieldError("levels", "Change the words of at least one level")]);
        return Done(Copy(current, levels, current.Principles), null);
    }

    /// <summary>Checks a criterion's text and guidance; the guidance to keep: every line, or none when all are blank.</summary>
    private static List<string> Wording(FrameworkDefinition current, string? text, IReadOnlyList<string?> guidance, List<FieldError> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) problems.Add(new FieldError("text", "Enter what good looks like"));
        else if (text.Trim().Length > TextLength) problems.Add(new FieldError("text", $"What good looks like must be {TextLength} characters or fewer"));
        if (guidance.All(string.IsNullOrWhiteSpace)) return [];
        if (guidance.Count != current.Levels.Count)
        {
            problems.Add(new FieldError("guidance", $"Give guidance for each of the {current.Levels.Count} levels, or for none"));
            return [];
        }
        for (var i = 0; i < guidance.Count; i++)
        {
            var level = current.Levels[i].Name;
            if (string.IsNullOrWhiteSpace(guidance[i]))
                problems.Add(new FieldError($"guidance[{i}]", $"Enter what \"{level}\" looks like, or leave every level blank"));
            else if (guidance[i]!.Trim().Length > GuidanceLength)
                problems.Add(new FieldError($"guidance[{i}]", $"What \"{level}\" looks like must be {GuidanceLength} characters or fewer"));
        }
        return [.. guidance.Select(g => g?.Trim() ?? "")];
    }

    private static FieldError Unknown() => new("criterionId", "Select a criterion of this framework");

    private static Adaptation Refused(IReadOnlyList<FieldError> problems) => new(null, problems);

    private static Adaptation Done(FrameworkDefinition next, string? criterionId) => new(next, [], criterionId);

    private static FrameworkDefinition Replace(FrameworkDefinition current, FrameworkCriterion changed) =>
        With(current, current.PrincipleOf(changed.Id)!.Id, criteria => [.. criteria.Select(c => c.Id == changed.Id ? changed : c)]);

    private static FrameworkDefinition With(FrameworkDefinition current, string principleId, Func<List<FrameworkCriterion>, List<FrameworkCriterion>> change) =>
        Copy(current, current.Levels, [.. current.Principles.Select(p => p.Id == principleId ? p with { Criteria = change(p.Criteria) } : p)]);

    /// <summary>A new definition sharing nothing mutable with <paramref name="current"/>, which may be a saved version's.</summary>
    private static FrameworkDefinition Copy(FrameworkDefinition current, List<RatingLevel> levels, List<Principle> principles) => new()
    {
        Key = current.Key, Name = current.Name, Source = current.Source, Levels = [.. levels],
        Principles = [.. principles.Select(p => p with { Criteria = [.. p.Criteria.Select(c => c with { Guidance = [.. c.Guidance] })] })],
    };
}
