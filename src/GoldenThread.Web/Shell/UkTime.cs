using System.Globalization;
using GoldenThread.Network;

namespace GoldenThread.Web.Shell;

/// <summary>Times as people in England read them: UK local time (GMT or BST), e.g. "23 Nov 2026, 14:05".</summary>
public static class UkTime
{
    /// <summary>Today's date in England, which decides whether a membership is current or past.</summary>
    public static DateOnly Today(TimeProvider time) => UkDate.Today(time);

    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkDate.London).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
