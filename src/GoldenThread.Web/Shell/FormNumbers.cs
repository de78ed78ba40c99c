using GoldenThread.Measures;
using GoldenThread.Network;

namespace GoldenThread.Web.Shell;

/// <summary>Numbers typed into a form, bound as text so that "lots" is our error in our words.</summary>
public static class FormNumbers
{
    /// <summary>A whole number such as a population, commas only between thousands (<see cref="WrittenNumber"/>); null, with an error for <paramref name="field"/>, when it is missing or not one.</summary>
    public static int? Whole(string? text, string field, string label, string example, ICollection<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) errors.Add(new FieldError(field, $"Enter the {label.ToLowerInvariant()}, like {example}"));
        else if (WrittenNumber.Read(text, label, percent: false).Value is { } value && value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue)
            return (int)value;
        else errors.Add(new FieldError(field, $"{label} must be a whole number, like {example}"));
        return null;
    }

    /// <summary>
    /// A number such as a measure's baseline, read as <see cref="WrittenNumber"/> reads every typed number; null, with an
    /// error for <paramref name="field"/>, when it is missing or not one.
    /// </summary>
    public static double? Number(string? text, string field, string label, string example, ICollection<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError(field, $"Enter the {label.ToLowerInvariant()}, like {example}"));
            return null;
        }
        var reading = WrittenNumber.Read(text, $"the {label.ToLowerInvariant()}", percent: false);
        if (reading.Problem is { } problem) errors.Add(new FieldError(field, problem));
        return reading.Value;
    }

    /// <summary>
    /// A number such as hours or a full-time equivalent read as <see cref="WrittenNumber"/> reads it, so "0,6" is refused
    /// rather than taken for 6; false when it is not one.
    /// </summary>
    public static bool TryDecimal(string? text, out decimal value)
    {
        value = 0;
        if (WrittenNumber.Read(text, "the number", percent: false).Value is not { } number) return false;
        value = (decimal)number;
        return true;
    }
}
