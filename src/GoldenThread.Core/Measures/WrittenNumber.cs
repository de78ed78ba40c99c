using System.Globalization;
using System.Text.RegularExpressions;

namespace GoldenThread.Measures;

/// <summary>What a number as written comes to: its value, or why it is not one (a sentence quoting the text).</summary>
public readonly record struct NumberReading(double? Value, string? Problem);

/// <summary>
/// The one reading of a number a person types or a spreadsheet copies: an optional sign, digits with commas only between
/// groups of three (1,234,567.5), an optional decimal part after a full stop, an optional exponent (1.2E+05, as
/// spreadsheets and JSON write large numbers), spaces around it and, where asked, a trailing % sign. A comma anywhere
/// else is refused rather than dropped, so that "12,5" — a decimal comma — is never read as 125.
/// </summary>
public static partial class WrittenNumber
{
    [GeneratedRegex(@"^[+-]?(?=\.?\d)(\d{1,3}(,\d{3})+|\d*)(\.\d*)?([eE][+-]?\d+)?$")] private static partial Regex Shape();
    [GeneratedRegex(@"^[+-]?\d+,\d+$")] private static partial Regex DecimalComma();

    /// <summary>
    /// The number <paramref name="text"/> writes, within ±<see cref="SpcSeries.MaximumMagnitude"/>; otherwise a problem
    /// such as "'12,5' is not a number; use a full stop for decimals, such as 12.5", or one saying <paramref name="subject"/>
    /// ("values", "the target") must be in range.
    /// </summary>
    public static NumberReading Read(string? text, string subject, bool percent = true)
    {
        var written = text?.Trim() ?? "";
        var number = percent && written.EndsWith('%') ? written[..^1].TrimEnd() : written;
        if (!Shape().IsMatch(number))
            return new(null, DecimalComma().IsMatch(number)
                ? $"'{written}' is not a number; use a full stop for decimals, such as {number.Replace(',', '.')}"
                : number.Contains(',')
                    ? $"'{written}' is not a number; use commas only between groups of three digits, such as 1,234,567, and a full stop for decimals"
                    : $"'{written}' is not a number");
        var value = double.Parse(number.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) && Math.Abs(value) <= SpcSeries.MaximumMagnitude
            ? new(value, null)
            : new(null, SpcSeries.TooLarge($"'{written}'", subject));
    }
}
