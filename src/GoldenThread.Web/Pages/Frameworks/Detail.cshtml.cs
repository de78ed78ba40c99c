using GoldenThread.Data;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>One of the system's frameworks as it stands, with its version history; the leadership team adapts it from here.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db) : FrameworkPage(db)
{
    public sealed record HistoryRow(int Number, string Note, string? By, DateTimeOffset At);

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid frameworkId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, frameworkId, "Framework", tracked: false, cancellationToken)) return NotFound();
        Title = Framework.Name;
        History = await Db.FrameworkVersions.AsNoTracking().Where(v => v.FrameworkId == Framework.Id).OrderByDescending(v => v.Number)
            .Select(v => new HistoryRow(v.Number, v.Note, Db.Users.Where(u => u.Id == v.CreatedByAccountId).Select(u => u.DisplayName).FirstOrDefault(), v.CreatedAt))
            .ToListAsync(cancellationToken);
        return Page();
    }
}

