using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring.Rounds;

/// <summary>The system's mentoring rounds for the leadership team: each with its status, offers, requests and pairs.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class IndexModel(GoldenThreadDbContext db, TimeProvider time) : MentoringPage(db, time)
{
    public sealed record Row(Guid Id, string Title, MentoringRoundStatus Status, DateOnly ClosesOn, int Offers, int Requests, int Pairs);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Mentoring rounds", cancellationToken)) return NotFound();
        Rows = await Db.MentoringRounds.AsNoTracking().Where(r => r.SystemId == SystemId)
            .OrderByDescending(r => r.ClosesOn).ThenBy(r => r.Title)
            .Select(r => new Row(r.Id, r.Title, r.Status, r.ClosesOn,
                Db.MentorOffers.Count(o => o.RoundId == r.Id), Db.MenteeRequests.Count(q => q.RoundId == r.Id),
                Db.Mentorships.Count(m => m.RoundId == r.Id)))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
