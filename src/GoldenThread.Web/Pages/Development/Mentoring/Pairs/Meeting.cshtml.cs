using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Development.Mentoring.Pairs;

/// <summary>Records a meeting of the pair: when, for how long, and notes only the two of them will read.</summary>
[Authorize(Policy = Policies.MentoringPair)]
public sealed class MeetingModel(GoldenThreadDbContext db, TimeProvider time) : PairPage(db, time)
{
    private static readonly string[] FieldOrder = ["heldOn", "hours", "notes"];

    [BindProperty] public DateParts HeldOn { get; set; } = new();
    /// <summary>Bound as text, so that "an hour" is our error in our words.</summary>
    [BindProperty] public string? Hours { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid mentorshipId, CancellationToken cancellationToken)
    {
        if (!await EnterMeetingAsync(code, mentorshipId, cancellationToken)) return NotFound();
        if (!Active) return Redirect(PairHref);
        (HeldOn, Hours) = (DateParts.From(Today), Pair.HoursPerMeeting.ToString("0.##", CultureInfo.InvariantCulture));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid mentorshipId, CancellationToken cancellationToken)
    {
        if (!await EnterMeetingAsync(code, mentorshipId, cancellationToken)) return NotFound();
        if (!Active) return Redirect(PairHref);
        var held = HeldOn.Read("date of the meeting", required: true);
        decimal? hours = FormNumbers.TryDecimal(Hours, out var h) ? h : null;
        var publishedOn = await PublishedOnAsync(cancellationToken);
        var errors = MentoringRules.CheckMeeting(new(held.Date, hours, Notes), publishedOn, Today);
        if (held.Error is { } problem) errors = [.. errors.Where(e => e.Field != "heldOn"), new("heldOn", problem)];
        if (!string.IsNullOrWhiteSpace(Hours) && hours is null)
            errors = [.. errors.Where(e => e.Field != "hours"), new("hours", "Hours must be a number, for example 1.5")];
        if (errors.Count > 0)
        {
            this.AddErrors(errors, FieldOrder);
            return Page();
        }
        Db.MentoringMeetings.Add(new MentoringMeeting
        {
            SystemId = SystemId, MentorshipId = Pair.Id, HeldOn = held.Date!.Value, Hours = hours!.Value,
            Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim(), RecordedByPersonId = Me, RecordedAt = Time.GetUtcNow(),
        });
        await Db.SaveChangesAsync(cancellationToken);
        Done = $"Meeting of {UkTime.Day(held.Date)} recorded";
        return Redirect(PairHref);
    }

    private async Task<bool> EnterMeetingAsync(string code, Guid mentorshipId, CancellationToken cancellationToken)
    {
        if (!await EnterPairAsync(code, mentorshipId, "Record a meeting", tracked: false, cancellationToken)) return false;
        WithinPair();
        return true;
    }

    /// <summary>The day the round's pairs were published, in England: no meeting of the pair is earlier.</summary>
    private async Task<DateOnly> PublishedOnAsync(CancellationToken cancellationToken)
    {
        var published = await Db.MentoringRounds.FindAsync([Pair.RoundId], cancellationToken);
        return published?.PublishedAt is { } at ? UkDate.DateOf(at) : DateOnly.MinValue;
    }
}
