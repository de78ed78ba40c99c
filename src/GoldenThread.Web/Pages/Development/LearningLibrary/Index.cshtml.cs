using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningLibrary;

/// <summary>The system's learning library: the learning summaries its sets have published, newest first.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class IndexModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record Entry(Guid SetId, string Set, string? WickedIssue, string? PriorityArea, string? Facilitator, string WhatWorked,
        string WhatDidNotWork, DateTimeOffset PublishedAt);

    public string Code { get; private set; } = "";
    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Learning library", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Entries = await db.LearningSets.AsNoTracking()
            .Where(s => s.SystemId == system.Id && s.SummaryPublishedAt != null && s.WhatWorked != null && s.WhatDidNotWork != null)
            .OrderByDescending(s => s.SummaryPublishedAt).ThenBy(s => s.Name)
            .Select(s => new Entry(s.Id, s.Name, s.WickedIssueTitle, s.PriorityArea,
                db.People.Where(p => p.Id == s.FacilitatorPersonId).Select(p => p.Name).FirstOrDefault(),
                s.WhatWorked!, s.WhatDidNotWork!, s.SummaryPublishedAt!.Value))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
