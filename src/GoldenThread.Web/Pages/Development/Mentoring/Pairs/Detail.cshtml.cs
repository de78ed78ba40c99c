using GoldenThread.Data;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring.Pairs;

/// <summary>A mentoring pair's own page: who with, what the mentee hopes for, and their meetings with their private notes.</summary>
[Authorize(Policy = Policies.MentoringPair)]
public sealed class DetailModel(GoldenThreadDbContext db, TimeProvider time) : PairPage(db, time)
{
    public sealed record Meeting(DateOnly HeldOn, decimal Hours, string? Notes, string RecordedBy);

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, Guid mentorshipId, CancellationToken cancellationToken)
    {
        if (!await EnterPairAsync(code, mentorshipId, "Mentoring pair", tracked: false, cancellationToken)) return NotFound();
        Title = $"Mentoring with {Other.Name}";
        Meetings = await Db.MentoringMeetings.AsNoTracking().Where(m => m.MentorshipId == mentorshipId)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedAt)
            .Select(m => new Meeting(m.HeldOn, m.Hours, m.Notes, Db.People.Where(p => p.Id == m.RecordedByPersonId).Select(p => p.Name).First()))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
