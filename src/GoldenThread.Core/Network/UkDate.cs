namespace GoldenThread.Network;

/// <summary>The calendar of England (GMT or BST), which decides whether a membership is current or past.</summary>
public static class UkDate
{
    public static readonly TimeZoneInfo London =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;

    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"24 November 2026": a date as a sentence says it, in English whatever the machine's language.</summary>
    public static string Long(DateOnly day) => day.ToString("d MMMM yyyy", English);

    /// <summary>Today's date in England.</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The date the calendar in England shows at <paramref name="at"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, London).DateTime);
}
