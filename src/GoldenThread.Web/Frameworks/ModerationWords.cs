using GoldenThread.Frameworks;

namespace GoldenThread.Web.Frameworks;

/// <summary>How moderation's figures read on the pages and in the CSV, so the two say the same.</summary>
public static class ModerationWords
{
    public const string NotApplicable = "Not applicable";

    /// <summary>The raters' spread as text, level by level, lowest first: "Emerging 2 · Developing 3 · Not applicable 1".</summary>
    public static string Spread(FrameworkDefinition definition, CriterionSpread spread)
    {
        var parts = spread.Counts.Select((count, i) => (count, name: definition.Level(i + 1)?.Name ?? $"Level {i + 1}"))
            .Where(p => p.count > 0).Select(p => $"{p.name} {p.count}").ToList();
        if (spread.NotApplicable > 0) parts.Add($"{NotApplicable} {spread.NotApplicable}");
        return parts.Count == 0 ? "No ratings" : string.Join(" · ", parts);
    }

    /// <summary>A level's name, or "Not applicable" for null.</summary>
    public static string Level(FrameworkDefinition definition, int? level) =>
        level is { } value ? definition.Level(value)?.Name ?? $"Level {value}" : NotApplicable;

    /// <summary>What moderation would begin from: the median level, "Not applicable", or nothing when no one rated it.</summary>
    public static string Suggested(FrameworkDefinition definition, CriterionSpread spread) =>
        spread.Suggested is { } level ? Level(definition, level) : spread.SuggestsNotApplicable ? NotApplicable : "None";

    /// <summary>A change's words and NHS.UK tag colour.</summary>
    public static (string Text, string Colour) Change(LevelChange change) => change switch
    {
        LevelChange.Improved => ("Improved", "green"),
        LevelChange.Same => ("Same", "grey"),
        LevelChange.Worse => ("Worse", "red"),
        LevelChange.New => ("New", "blue"),
        LevelChange.NotComparable => ("Not comparable", "white"),
        _ => ("Not moderated", "yellow"),
    };

    /// <summary>A mean level to one decimal place, or "None".</summary>
    public static string Mean(double? mean) => mean is { } value ? value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "None";
}
