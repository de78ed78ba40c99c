using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets.Sessions;

/// <summary>Which members came to a session, recorded once it has taken place; recording again replaces what was recorded.</summary>
[Authorize(Policy = Policies.LearningSetFacilitator)]
public sealed class AttendanceModel(GoldenThreadDbContext database, TimeProvider time) : LearningSetPage(database)
{
    [BindProperty(SupportsGet = true)] public Guid SessionId { get; set; }
    /// <summary>Member ids as sent: text, so that one that is not an id is refused in our words, not the binder's.</summary>
    [BindProperty] public List<string> Attended { get; set; } = [];

    public LearningSetSession Session { get; private set; } = null!;
    public IReadOnlyList<Choice> Members { get; private set; } = [];
    public bool HasTakenPlace { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, cancellationToken)) return NotFound();
        var ids = await Db.LearningSetAttendance.AsNoTracking().Where(a => a.SessionId == SessionId).Select(a => a.MemberId).ToListAsync(cancellationToken);
        Attended = [.. ids.Select(id => id.ToString())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, cancellationToken)) return NotFound();
        var members = Members.Select(m => Guid.Parse(m.Value)).ToHashSet();
        var came = Attended.Select(a => Guid.TryParse(a, out var id) ? id : Guid.Empty).ToHashSet();
        var errors = LearningSetRules.Attendance(Session.Date, UkTime.Today(time), came, members);
        this.AddErrors(errors, ["attended"]);
        if (errors.Count > 0) return Page();
        var session = await Db.LearningSetSessions.SingleAsync(s => s.Id == SessionId, cancellationToken);
        var recorded = await Db.LearningSetAttendance.Where(a => a.SessionId == SessionId).ToListAsync(cancellationToken);
        Db.LearningSetAttendance.RemoveRange(recorded.Where(a => !came.Contains(a.MemberId)));
        Db.LearningSetAttendance.AddRange(came.Except(recorded.Select(a => a.MemberId))
            .Select(m => new LearningSetAttendance { SystemId = SystemId, SessionId = SessionId, MemberId = m }));
        session.AttendanceRecordedAt = time.GetUtcNow();
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"Attendance of the session on {UkTime.Day(session.Date)} recorded: {came.Count} of {members.Count} came";
        return Redirect(SetHref + "#sessions-heading");
    }

    private async Task<bool> EnterAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSetAsync(code, "Record attendance", tracked: false, cancellationToken) is null) return false;
        if (await Db.LearningSetSessions.AsNoTracking().SingleOrDefaultAsync(s => s.SystemId == SystemId && s.LearningSetId == LearningSetId && s.Id == SessionId, cancellationToken)
            is not { } session) return false;
        Session = session;
        HasTakenPlace = session.Date <= UkTime.Today(time);
        Members = [.. (await MembersAsync(cancellationToken)).Select(m => new Choice(m.Id.ToString(), m.Name))];
        return true;
    }
}
