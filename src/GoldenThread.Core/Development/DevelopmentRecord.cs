using System.Globalization;

namespace GoldenThread.Development;

public enum DevelopmentKind
{
    Exchange,
    Mentoring,
    LearningSet,
}

public enum DevelopmentStatus
{
    /// <summary>It happened: the time was released.</summary>
    TookPlace,
    /// <summary>It is to come.</summary>
    Planned,
    /// <summary>Its day has passed but whether the person was there is not recorded yet (a learning-set session without attendance).</summary>
    Unrecorded,
}

/// <summary>One piece of someone's development: a workplace visit, a mentoring meeting, a learning-set session.</summary>
public sealed record DevelopmentActivity(DevelopmentKind Kind, DateOnly On, decimal Hours, DevelopmentStatus Status, string What, string? Href = null);

/// <summary>The hours of development that took place in one NHS financial year (1 April to 31 March), by kind.</summary>
public sealed record DevelopmentYear(int StartYear, decimal Exchanges, decimal Mentoring, decimal LearningSets, int Activities)
{
    public decimal Total => Exchanges + Mentoring + LearningSets;

    public DateOnly Starts => new(StartYear, 4, 1);

    public DateOnly Ends => new(StartYear + 1, 3, 31);

    /// <summary>"2026/27", as the NHS names its years.</summary>
    public string Name => $"{StartYear}/{(StartYear + 1) % 100:00}";
}

/// <summary>A year of several people's development: the hours, and how many of them it took.</summary>
public sealed record DevelopmentYearOfMany(DevelopmentYear Hours, int People);

/// <summary>
/// Someone's development record (issue 9, part 4): what each activity took place, is planned or is waiting for its
/// attendance, and the time their employer released for it in each financial year — only activities that took place
/// count, since planned time may not be taken and unrecorded time may not have been.
/// </summary>
public static class DevelopmentRecord
{
    /// <summary>The working day the NHS contracts a full-timer for (37.5 hours a week).</summary>
    public const decimal HoursInWorkingDay = 7.5m;

    /// <summary>The financial year <paramref name="day"/> falls in, named by the calendar year it starts in.</summary>
    public static int FinancialYearOf(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    /// <summary>
    /// A workplace visit took place once its day has passed, or on its day once the person wrote their reflection on it;
    /// before that it is planned.
    /// </summary>
    public static DevelopmentStatus VisitStatus(DateOnly on, DateOnly today, bool reflected) =>
        on < today || (reflected && on == today) ? DevelopmentStatus.TookPlace : DevelopmentStatus.Planned;

    /// <summary>
    /// A learning-set session for one person: took place when attendance records them there; null when attendance was
    /// recorded without them (nothing to list); planned until its day, unrecorded after it while attendance is not taken.
    /// </summary>
    public static DevelopmentStatus? SessionStatus(DateOnly on, DateOnly today, bool attendanceRecorded, bool attended) =>
        (attendanceRecorded, attended) switch
        {
            (true, true) => DevelopmentStatus.TookPlace,
            (true, false) => null,
            _ => on >= today ? DevelopmentStatus.Planned : DevelopmentStatus.Unrecorded,
        };

    /// <summary>The years in which any activity took place, newest first, with their hours by kind.</summary>
    public static IReadOnlyList<DevelopmentYear> Years(IEnumerable<DevelopmentActivity> activities) =>
        [.. activities.Where(a => a.Status == DevelopmentStatus.TookPlace)
            .GroupBy(a => FinancialYearOf(a.On))
            .OrderByDescending(g => g.Key)
            .Select(g => new DevelopmentYear(g.Key,
                g.Where(a => a.Kind == DevelopmentKind.Exchange).Sum(a => a.Hours),
                g.Where(a => a.Kind == DevelopmentKind.Mentoring).Sum(a => a.Hours),
                g.Where(a => a.Kind == DevelopmentKind.LearningSet).Sum(a => a.Hours),
                g.Count()))];

    /// <summary>
    /// The years in which any of several people's activities took place (an employer's people, say), newest first, with
    /// the hours of them all by kind and how many of the people took part that year.
    /// </summary>
    public static IReadOnlyList<DevelopmentYearOfMany> YearsOfEach(ILookup<Guid, DevelopmentActivity> byPerson) =>
        [.. Years(byPerson.SelectMany(person => person)).Select(year => new DevelopmentYearOfMany(year,
            byPerson.Count(person => person.Any(a => a.Status == DevelopmentStatus.TookPlace && FinancialYearOf(a.On) == year.StartYear))))];

    /// <summary>The hours of what is still to come.</summary>
    public static decimal PlannedHours(IEnumerable<DevelopmentActivity> activities) =>
        activities.Where(a => a.Status == DevelopmentStatus.Planned).Sum(a => a.Hours);

    /// <summary>Hours as a table shows them: "3.5", "12".</summary>
    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"15 hours (2 days)" or "3.5 hours (half a day)": hours with the working days they come to, to the nearest tenth, from half a day up.</summary>
    public static string Describe(decimal hours)
    {
        var text = hours == 1 ? "1 hour" : $"{hours.ToString("0.##", CultureInfo.InvariantCulture)} hours";
        var days = Math.Round(hours / HoursInWorkingDay, 1, MidpointRounding.AwayFromZero);
        return days switch
        {
            < 0.5m => text,
            0.5m => $"{text} (half a day)",
            1 => $"{text} (1 day)",
            _ => $"{text} ({days.ToString("0.#", CultureInfo.InvariantCulture)} days)",
        };
    }
}
