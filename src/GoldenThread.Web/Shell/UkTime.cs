using System.Globalization;

namespace GoldenThread.Web.Shell;

/// <summary>Times as people in England read them: UK local time (GMT or BST), e.g. "23 Nov 2026, 14:05".</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Today's date in England, which decides whether a membership is current or past.</summary>
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, London).DateTime);

    /// <summary>The moment the clocks in England show <paramref name="hour"/>:00 on <paramref name="day"/>; an hour the clocks skip (spring forward) is the hour after.</summary>
    public static DateTimeOffset At(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        while (London.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, London), TimeSpan.Zero);
    }

    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, London).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
