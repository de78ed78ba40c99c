using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>The system's learning sets: each with its wicked issue, members and the programme round it came from.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class IndexModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record Row(Guid Id, string Name, string? WickedIssue, string? PriorityArea, int Members, string? Round, DateOnly FormedOn);

    public string Code { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Learning sets", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Rows = await db.LearningSets.AsNoTracking().Where(s => s.SystemId == system.Id)
            .OrderByDescending(s => s.FormedOn).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.WickedIssueTitle, s.PriorityArea,
                db.LearningSetMembers.Count(m => m.LearningSetId == s.Id),
                db.ProgrammeRounds.Where(r => r.Id == s.RoundId).Select(r => r.Name).FirstOrDefault(),
                s.FormedOn))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
