using System.Globalization;
using GoldenThread.Network;

namespace GoldenThread.Web.Shell;

/// <summary>Times as people in England read them: UK local time (GMT or BST), e.g. "23 Nov 2026, 14:05".</summary>
public static class UkTime
{
    /// <summary>Today's date in England, which decides whether a membership is current or past.</summary>
    public static DateOnly Today(TimeProvider time) => UkDate.Today(time);

    public static DateOnly DateOf(DateTimeOffset at) => UkDate.DateOf(at);

    /// <summary>The moment the clocks in England show <paramref name="hour"/>:00 on <paramref name="day"/>; an hour the clocks skip (spring forward) is the hour after.</summary>
    public static DateTimeOffset At(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        while (UkDate.London.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, UkDate.London), TimeSpan.Zero);
    }

    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkDate.London).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
