using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>
/// One learning set: its wicked issue, facilitator, members, schedule of sessions with attendance, learning summary and
/// measures read the Making Data Count way; with the actions the user's part in the set allows.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db, TimeProvider time) : LearningSetPage(db)
{
    public sealed record SessionRow(Guid Id, DateOnly Date, HalfDay HalfDay, TimeOnly? StartsAt, decimal Hours, string Topic, bool Recorded, int Attended);

    public LearningSet Set { get; private set; } = null!;
    /// <summary>The programme round or the registration the set came from.</summary>
    public string? Round { get; private set; }
    public string? Facilitator { get; private set; }
    public IReadOnlyList<LearningSetMember> Members { get; private set; } = [];
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public IReadOnlyList<MeasureRow> Measures { get; private set; } = [];
    public DateOnly Today { get; private set; }
    /// <summary>The summary is shown while a draft to those who write it and to the set's own people; once published, to everyone.</summary>
    public bool ShowsSummary => Set.SummaryPublishedAt is not null || Part.MayRun || Part.MayKeepNotes;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSetAsync(code, "Learning set", tracked: false, cancellationToken, ownPage: true) is not { } set) return NotFound();
        (Set, Title, Today) = (set, set.Name, UkTime.Today(time));
        Round = await Db.ProgrammeRounds.AsNoTracking().Where(r => r.Id == set.RoundId).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken)
            ?? await Db.LearningSetRegistrations.AsNoTracking().Where(r => r.Id == set.RegistrationId).Select(r => r.Title).SingleOrDefaultAsync(cancellationToken);
        Facilitator = await Db.People.AsNoTracking().Where(p => p.Id == set.FacilitatorPersonId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        Members = await MembersAsync(cancellationToken);
        Sessions = [.. (await Db.LearningSetSessions.AsNoTracking().Where(s => s.LearningSetId == set.Id)
            .Select(s => new SessionRow(s.Id, s.Date, s.HalfDay, s.StartsAt, s.Hours, s.Topic, s.AttendanceRecordedAt != null,
                Db.LearningSetAttendance.Count(a => a.SessionId == s.Id)))
            .ToListAsync(cancellationToken)).OrderBy(s => s.Date).ThenBy(s => s.HalfDay).ThenBy(s => s.StartsAt)];
        var measures = await Db.Measures.AsNoTracking().Where(m => m.LearningSetId == set.Id).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var ids = measures.Select(m => m.Id).ToList();
        var points = (await Db.MeasurePoints.AsNoTracking().Where(p => ids.Contains(p.MeasureId)).ToListAsync(cancellationToken)).ToLookup(p => p.MeasureId);
        Measures = [.. measures.Select(m => new MeasureRow(m, m.Definition, ChartedMeasure.Of(m, points[m.Id])))];
        return Page();
    }
}
