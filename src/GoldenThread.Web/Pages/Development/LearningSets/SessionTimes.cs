using System.Globalization;
using GoldenThread.Development;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>A session's time and length as the NHS style guide writes them: "Morning, from 9:30am", "2.5 hours".</summary>
public static class SessionTimes
{
    public static string When(HalfDay halfDay, TimeOnly? startsAt) =>
        LearningSetRules.Name(halfDay) + (startsAt is { } start ? $", from {Time(start)}" : "");

    /// <summary>"9:30am", "2pm", "midday".</summary>
    public static string Time(TimeOnly time)
    {
        if (time == LearningSetRules.Noon) return "midday";
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var minutes = time.Minute == 0 ? "" : ":" + time.Minute.ToString("00", CultureInfo.InvariantCulture);
        return $"{hour.ToString(CultureInfo.InvariantCulture)}{minutes}{(time.Hour < 12 ? "am" : "pm")}";
    }

    public static string Hours(decimal hours) => $"{hours.ToString("0.##", CultureInfo.InvariantCulture)} {(hours == 1 ? "hour" : "hours")}";

    /// <summary>The time as the form shows it again: "9:30", "14:00".</summary>
    public static string? Typed(TimeOnly? time) => time?.ToString("H:mm", CultureInfo.InvariantCulture);
}
