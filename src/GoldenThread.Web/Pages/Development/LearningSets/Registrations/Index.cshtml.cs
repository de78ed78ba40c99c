using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets.Registrations;

/// <summary>The system's learning-set registrations for the leadership team: each with its status, sizes, registrants and sets.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class IndexModel(GoldenThreadDbContext db, TimeProvider time) : RegistrationPage(db, time)
{
    public sealed record Row(Guid Id, string Title, LearningSetRegistrationStatus Status, DateOnly ClosesOn, int MinSize, int MaxSize,
        int Registrants, int Sets);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Learning set registrations", cancellationToken)) return NotFound();
        Rows = await Db.LearningSetRegistrations.AsNoTracking().Where(r => r.SystemId == SystemId)
            .OrderByDescending(r => r.ClosesOn).ThenBy(r => r.Title)
            .Select(r => new Row(r.Id, r.Title, r.Status, r.ClosesOn, r.MinSize, r.MaxSize,
                Db.LearningSetRegistrants.Count(x => x.RegistrationId == r.Id), Db.LearningSets.Count(s => s.RegistrationId == r.Id)))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
