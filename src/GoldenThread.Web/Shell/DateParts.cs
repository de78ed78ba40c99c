using System.Globalization;

namespace GoldenThread.Web.Shell;

/// <summary>
/// The NHS date input's three boxes as typed. They bind as text, so that "x" in a box is our error in NHS wording
/// ("Start date must be a real date"), not the model binder's.
/// </summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();

    /// <summary>
    /// The date, or an error worded for the field: <paramref name="label"/> is how the field is named in a sentence
    /// ("start date"). An empty date is null, and an error only when <paramref name="required"/>.
    /// </summary>
    public DateReading Read(string label, bool required = false)
    {
        var name = char.ToUpperInvariant(label[0]) + label[1..];
        if (IsEmpty) return new DateReading(null, required ? $"Enter {Article(label)} {label}" : null);
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0) return new DateReading(null, $"{name} must include a {string.Join(" and ", missing)}");
        if (int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 1900 and <= 2999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return new DateReading(new DateOnly(y, m, d), null);
        return new DateReading(null, $"{name} must be a real date");
    }

    private static string Article(string label) => "aeiou".Contains(label[0]) ? "an" : "a";
}

public readonly record struct DateReading(DateOnly? Date, string? Error);
