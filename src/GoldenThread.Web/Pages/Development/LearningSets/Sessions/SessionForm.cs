using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Development.LearningSets.Sessions;

/// <summary>The form of a session on the set's schedule, shared by adding one and changing one.</summary>
public abstract class SessionForm(GoldenThreadDbContext db, TimeProvider time) : LearningSetPage(db)
{
    private static readonly string[] FieldOrder = ["date", "halfDay", "startsAt", "hours", "topic"];

    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? HalfDay { get; set; }
    [BindProperty] public string? StartsAt { get; set; }
    [BindProperty] public string? Hours { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public int Version { get; set; }

    public static IReadOnlyList<Choice> HalfDays => [.. LearningSetRules.HalfDays.Select(h => new Choice(h.Word, h.Name))];

    private DateOnly? date;
    private decimal? hours;

    /// <summary>Checks the form, putting each problem beside its field; true when there are none.</summary>
    protected bool Check()
    {
        var reading = Date.Read("date", required: true);
        date = reading.Date;
        hours = FormNumbers.TryDecimal(Hours, out var h) ? h : null;
        var errors = LearningSetRules.Session(new SessionFields(date, HalfDay, StartsAt, hours, Topic));
        if (reading.Error is { } problem) errors = [.. errors.Where(e => e.Field != "date"), new FieldError("date", problem)];
        if (!string.IsNullOrWhiteSpace(Hours) && hours is null)
            errors = [.. errors.Where(e => e.Field != "hours"), new FieldError("hours", "Hours must be a number, like 3 or 2.5")];
        this.AddErrors(errors, FieldOrder);
        return errors.Count == 0;
    }

    protected void Fill(LearningSetSession session)
    {
        (Date, HalfDay, StartsAt) = (DateParts.From(session.Date), LearningSetRules.Word(session.HalfDay), SessionTimes.Typed(session.StartsAt));
        (Hours, Topic, Version) = (session.Hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), session.Topic, session.Version);
    }

    /// <summary>Puts the checked form into <paramref name="session"/>; call after <see cref="Check"/> found no problems.</summary>
    protected void Apply(LearningSetSession session)
    {
        session.Date = date!.Value;
        session.HalfDay = LearningSetRules.HalfDayOf(HalfDay)!.Value;
        session.StartsAt = LearningSetRules.StartTime(StartsAt);
        session.Hours = hours!.Value;
        session.Topic = Topic!.Trim();
    }

    protected DateTimeOffset Now => time.GetUtcNow();
}
