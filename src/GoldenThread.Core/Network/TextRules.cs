using System.Globalization;

namespace GoldenThread.Network;

/// <summary>The check on a text field every form has: given when it must be, and no longer than it is kept.</summary>
public static class TextRules
{
    /// <summary>
    /// Adds to <paramref name="errors"/> <paramref name="missing"/> when <paramref name="value"/> is empty (when it is
    /// required: <paramref name="missing"/> is not null), or that <paramref name="name"/> is too long when its trimmed
    /// text is over <paramref name="length"/>.
    /// </summary>
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
