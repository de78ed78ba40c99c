using System.Globalization;

namespace GoldenThread.Network;

/// <summary>The check of a text field a form keeps trimmed: required or not, and at most so many characters.</summary>
public static class TextFields
{
    /// <param name="name">How the field starts a sentence ("Title").</param>
    /// <param name="missing">The error for an empty field; null when the field is optional.</param>
    public static void Check(List<FieldError> errors, string field, string name, string? value, int length, string? missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (missing is not null) errors.Add(new FieldError(field, missing));
        }
        else if (value.Trim().Length > length)
            errors.Add(new FieldError(field, $"{name} must be {length.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer"));
    }
}
