using System.Globalization;

namespace GoldenThread.Development;

/// <summary>
/// A half-day in which a workplace visit can happen, written <c>2026-12-02-am</c> or <c>2026-12-02-pm</c> (matching.md's
/// pool file). Slots order by date, then morning before afternoon, which is also the ordinal order of their text.
/// </summary>
public readonly record struct ExchangeSlot(DateOnly Date, bool Afternoon) : IComparable<ExchangeSlot>
{
    /// <summary>The slot <paramref name="text"/> names, or null when it is not a real date followed by -am or -pm.</summary>
    public static ExchangeSlot? Parse(string? text)
    {
        if (text is not { Length: 13 } || text[10] != '-') return null;
        var half = text[11..];
        if (half is not ("am" or "pm")) return null;
        return DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new ExchangeSlot(date, half == "pm")
            : null;
    }

    public int CompareTo(ExchangeSlot other) =>
        Date != other.Date ? Date.CompareTo(other.Date) : Afternoon.CompareTo(other.Afternoon);

    /// <summary>"Wednesday 2 December 2026, morning": how a slot reads on a page.</summary>
    public string Describe() =>
        Date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) + (Afternoon ? ", afternoon" : ", morning");

    public override string ToString() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (Afternoon ? "-pm" : "-am");
}
