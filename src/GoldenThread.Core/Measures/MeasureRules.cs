using GoldenThread.Network;

namespace GoldenThread.Measures;

/// <summary>A measure's fields as given, before they are kept; <see cref="Direction"/> is the word (<c>increase</c>…).</summary>
public sealed record MeasureFields(string? Name, string? Unit, string? Definition, string? Source, string? Direction,
    double? Target, int? FixAfterPoints, IReadOnlyList<DateOnly> Rebase);

/// <summary>
/// The checks on a measure's fields, the one set behind the pages and the API, keyed by the API's camelCase field names.
/// Whether an owner or body exists is the caller's to check.
/// </summary>
public static class MeasureRules
{
    public static List<FieldError> Check(MeasureFields fields, IReadOnlySet<DateOnly> pointDates)
    {
        var errors = new List<FieldError>();
        Text(errors, "name", fields.Name, Measure.NameLength, "Enter a name");
        Text(errors, "unit", fields.Unit, Measure.UnitLength, "Enter the unit, like admissions, % or weeks");
        Text(errors, "definition", fields.Definition, Measure.TextLength, null);
        Text(errors, "source", fields.Source, Measure.TextLength, null);
        if (SpcWords.Direction(fields.Direction) is null)
            errors.Add(new FieldError("direction", $"Select which way is better: {Prose.List([.. SpcWords.Directions], "or")}"));
        if (fields.Target is { } target && SpcSeries.Unchartable(target, "a target") is not null)
            errors.Add(new FieldError("target", double.IsFinite(target) ? $"Target must be {SpcSeries.Range}" : "Target must be a number"));
        if (fields.FixAfterPoints is < SpcSeries.MinimumFixAfterPoints)
            errors.Add(new FieldError("fixAfterPoints", $"Limits can be fixed after {SpcSeries.MinimumFixAfterPoints} points or more"));
        for (var i = 0; i < fields.Rebase.Count; i++)
            if (!pointDates.Contains(fields.Rebase[i]))
                errors.Add(new FieldError($"rebase[{i}]", $"{UkDate.Long(fields.Rebase[i])} is not the date of one of the measure's points"));
        if (errors.Count == 0) errors.AddRange(ShortSegments(fields.Rebase, pointDates));
        return errors;
    }

    /// <summary>Rebase dates that leave a segment with too few points to chart, keyed by the rebase date to blame.</summary>
    private static IEnumerable<FieldError> ShortSegments(IReadOnlyList<DateOnly> rebase, IReadOnlySet<DateOnly> pointDates)
    {
        var dates = pointDates.Order().ToList();
        // A rebase on the first date starts no new segment.
        var starts = rebase.Distinct().Select(d => dates.IndexOf(d)).Where(i => i > 0).Order().Prepend(0).Append(dates.Count).ToList();
        for (var s = 0; s + 1 < starts.Count; s++)
        {
            if (starts[s + 1] - starts[s] >= SpcSeries.MinimumPointsPerSegment || starts.Count == 2) continue;
            var blamed = dates[starts[s == 0 ? 1 : s]];
            var side = s == 0 ? "before it" : "from it";
            yield return new FieldError($"rebase[{rebase.ToList().IndexOf(blamed)}]",
                $"Rebasing on {UkDate.Long(blamed)} leaves 1 point {side}; each part of the chart needs at least {SpcSeries.MinimumPointsPerSegment} points");
        }
    }

    private static void Text(List<FieldError> errors, string field, string? value, int length, string? missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (missing is not null) errors.Add(new FieldError(field, missing));
        }
        else if (value.Trim().Length > length)
            errors.Add(new FieldError(field, $"{char.ToUpperInvariant(field[0])}{field[1..]} must be {length} characters or fewer"));
    }
}
