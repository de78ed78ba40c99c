using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring;

/// <summary>
/// Mentoring for a member of the system: the rounds open now, to offer to mentor or ask for a mentor (or change or
/// withdraw either), what they have put forward in rounds being matched, and their published pairs ("my mentoring").
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class IndexModel(GoldenThreadDbContext db, TimeProvider time) : MentoringPage(db, time)
{
    public sealed record OpenRound(Guid Id, string Title, string? Description, DateOnly ClosesOn, bool Offered, bool Asked);
    public sealed record Waiting(string Title, bool Offered, bool Asked);
    public sealed record MyPair(Guid Id, string Round, string Partner, bool Mentoring, MentorshipStatus Status, int Meetings);

    public bool Linked { get; private set; }
    public bool MayManage => User.HasSystemRole(Code, Roles.LeadershipTeam, Roles.SystemAdmin);
    public IReadOnlyList<OpenRound> Open { get; private set; } = [];
    public IReadOnlyList<Waiting> BeingMatched { get; private set; } = [];
    public IReadOnlyList<MyPair> Pairs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Mentoring", cancellationToken)) return NotFound();
        Breadcrumbs = [.. Breadcrumbs.SkipLast(1)];
        var me = User.PersonId();
        Linked = me is { } id && await Db.People.AnyAsync(p => p.SystemId == SystemId && p.Id == id, cancellationToken);
        var today = Today;
        Open = await Db.MentoringRounds.AsNoTracking()
            .Where(r => r.SystemId == SystemId && r.Status == MentoringRoundStatus.Open && r.ClosesOn >= today)
            .OrderBy(r => r.ClosesOn).ThenBy(r => r.Title)
            .Select(r => new OpenRound(r.Id, r.Title, r.Description, r.ClosesOn,
                Db.MentorOffers.Any(o => o.RoundId == r.Id && o.PersonId == me), Db.MenteeRequests.Any(q => q.RoundId == r.Id && q.PersonId == me)))
            .ToListAsync(cancellationToken);
        if (!Linked) return Page();
        BeingMatched = await Db.MentoringRounds.AsNoTracking()
            .Where(r => r.SystemId == SystemId && (r.Status == MentoringRoundStatus.Proposed || (r.Status == MentoringRoundStatus.Open && r.ClosesOn < today)))
            .Where(r => Db.MentorOffers.Any(o => o.RoundId == r.Id && o.PersonId == me) || Db.MenteeRequests.Any(q => q.RoundId == r.Id && q.PersonId == me))
            .OrderBy(r => r.ClosesOn)
            .Select(r => new Waiting(r.Title, Db.MentorOffers.Any(o => o.RoundId == r.Id && o.PersonId == me),
                Db.MenteeRequests.Any(q => q.RoundId == r.Id && q.PersonId == me)))
            .ToListAsync(cancellationToken);
        var pairs = await Db.Mentorships.AsNoTracking()
            .Where(m => m.SystemId == SystemId && m.Status != MentorshipStatus.Proposed && (m.MentorPersonId == me || m.MenteePersonId == me))
            .OrderByDescending(m => m.Id)
            .Select(m => new MyPair(m.Id, Db.MentoringRounds.Where(r => r.Id == m.RoundId).Select(r => r.Title).First(),
                Db.People.Where(p => p.Id == (m.MentorPersonId == me ? m.MenteePersonId : m.MentorPersonId)).Select(p => p.Name).First(),
                m.MentorPersonId == me, m.Status, Db.MentoringMeetings.Count(x => x.MentorshipId == m.Id)))
            .ToListAsync(cancellationToken);
        // Pairs still meeting first, then those that ended; the newest first within each.
        Pairs = [.. pairs.OrderBy(p => p.Status == MentorshipStatus.Ended)];
        return Page();
    }
}
