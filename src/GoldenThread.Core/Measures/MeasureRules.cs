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
        return errors;
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
