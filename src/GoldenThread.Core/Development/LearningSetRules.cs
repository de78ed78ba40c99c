using System.Globalization;
using GoldenThread.Network;

namespace GoldenThread.Development;

/// <summary>
/// A session's fields as given: <see cref="HalfDay"/> is the word (<c>morning</c>, <c>afternoon</c>), <see cref="StartsAt"/>
/// the time as typed (<c>9:30</c>, <c>14:00</c>), <see cref="Hours"/> null when none was given or it was not a number.
/// </summary>
public sealed record SessionFields(DateOnly? Date, string? HalfDay, string? StartsAt, decimal? Hours, string? Topic);

/// <summary>The learning summary as given, and whether it is to be (or stay) in the learning library.</summary>
public sealed record SummaryFields(string? WhatWorked, string? WhatDidNotWork, bool Published);

/// <summary>
/// The checks behind running an action learning set (issue 9): its schedule of sessions, attendance, private notes, its
/// facilitator and its learning summary, keyed by camelCase field names. Whether the rows a check names exist is the
/// caller's to find out; it gives what it found.
/// </summary>
public static class LearningSetRules
{
    public const decimal MostHours = 12;
    /// <summary>Noon: a morning session starts before it, an afternoon one at it or after.</summary>
    public static readonly TimeOnly Noon = new(12, 0);

    public static readonly IReadOnlyList<(HalfDay HalfDay, string Word, string Name)> HalfDays =
        [(Development.HalfDay.Morning, "morning", "Morning"), (Development.HalfDay.Afternoon, "afternoon", "Afternoon")];

    public static string Word(HalfDay halfDay) => HalfDays.Single(h => h.HalfDay == halfDay).Word;

    public static string Name(HalfDay halfDay) => HalfDays.Single(h => h.HalfDay == halfDay).Name;

    public static HalfDay? HalfDayOf(string? word) =>
        HalfDays.Where(h => h.Word == word?.Trim()).Select(h => (HalfDay?)h.HalfDay).FirstOrDefault();

    /// <summary>A time as people type it: <c>9:30</c>, <c>09:30</c>, <c>14.00</c>; null when it is not one.</summary>
    public static TimeOnly? StartTime(string? text)
    {
        var parts = text?.Trim().Split(':', '.');
        if (parts is not [var h, var m] || m.Length != 2 || h.Length is < 1 or > 2) return null;
        return int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour < 24
               && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute < 60
            ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>
    /// The problems of a session's <paramref name="fields"/>: a date (a schedule, so any date), morning or afternoon, an
    /// optional start time within that half of the day, hours more than 0 and at most <see cref="MostHours"/> (to the
    /// quarter hour or finer, two decimal places as kept) and a topic.
    /// </summary>
    public static List<FieldError> Session(SessionFields fields)
    {
        var errors = new List<FieldError>();
        if (fields.Date is null) errors.Add(new FieldError("date", "Enter the date of the session"));
        var halfDay = HalfDayOf(fields.HalfDay);
        if (halfDay is null) errors.Add(new FieldError("halfDay", "Select morning or afternoon"));
        if (!string.IsNullOrWhiteSpace(fields.StartsAt))
        {
            if (StartTime(fields.StartsAt) is not { } start)
                errors.Add(new FieldError("startsAt", "Start time must be a real time, like 9:30 or 14:00"));
            else if (halfDay == HalfDay.Morning && start >= Noon)
                errors.Add(new FieldError("startsAt", "A morning session must start before 12:00"));
            else if (halfDay == HalfDay.Afternoon && start < Noon)
                errors.Add(new FieldError("startsAt", "An afternoon session must start at 12:00 or later"));
        }
        if (fields.Hours is not { } hours) errors.Add(new FieldError("hours", "Enter the hours the session takes, like 3 or 2.5"));
        else if (hours is <= 0 or > MostHours)
            errors.Add(new FieldError("hours", $"Hours must be more than 0 and at most {MostHours}, not {hours.ToString("0.##", CultureInfo.InvariantCulture)}"));
        else if (decimal.Round(hours, 2) != hours) errors.Add(new FieldError("hours", "Hours must have no more than 2 decimal places"));
        TextFields.Check(errors, "topic", "Topic", fields.Topic, LearningSetSession.TopicLength, "Enter the topic of the session");
        return errors;
    }

    /// <summary>
    /// Attendance of a session on <paramref name="date"/>, as of <paramref name="today"/>: only once it has taken place
    /// (its day or after), and only of the set's <paramref name="members"/>.
    /// </summary>
    public static List<FieldError> Attendance(DateOnly date, DateOnly today, IEnumerable<Guid> attended, IReadOnlySet<Guid> members)
    {
        var errors = new List<FieldError>();
        if (date > today)
            errors.Add(new FieldError("attended", $"Attendance can only be recorded once the session has taken place, on {UkDate.Long(date)}"));
        if (attended.Any(id => !members.Contains(id)))
            errors.Add(new FieldError("attended", "Select members of this learning set"));
        return errors;
    }

    public static List<FieldError> Note(string? text)
    {
        var errors = new List<FieldError>();
        TextFields.Check(errors, "text", "Note", text, LearningSetNote.TextLength, "Enter the note");
        return errors;
    }

    /// <summary>
    /// The summary's two parts, each optional while it is a draft; in the library (publishing it, or changing it once
    /// published) it needs both, since what did not work is half of what others learn from.
    /// </summary>
    public static List<FieldError> Summary(SummaryFields fields)
    {
        var errors = new List<FieldError>();
        TextFields.Check(errors, "whatWorked", "What worked", fields.WhatWorked, LearningSet.TextLength,
            fields.Published ? "Enter what worked before publishing the summary" : null);
        TextFields.Check(errors, "whatDidNotWork", "What did not work", fields.WhatDidNotWork, LearningSet.TextLength,
            fields.Published ? "Enter what did not work before publishing the summary" : null);
        return errors;
    }

    /// <summary>
    /// The facilitator chosen: none, or a person of the system's register (<paramref name="register"/>) who is not one of
    /// the set's members (<paramref name="memberPeople"/>): a facilitator holds the process, not a problem of their own.
    /// </summary>
    public static List<FieldError> Facilitator(Guid? personId, IReadOnlySet<Guid> register, IReadOnlySet<Guid> memberPeople)
    {
        var errors = new List<FieldError>();
        if (personId is not { } id) return errors;
        if (!register.Contains(id)) errors.Add(new FieldError("facilitatorPersonId", "Select a person of this system"));
        else if (memberPeople.Contains(id)) errors.Add(new FieldError("facilitatorPersonId", "Select someone who is not a member of the set"));
        return errors;
    }
}
