using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets.Sessions;

/// <summary>Changes a session of the set's schedule; a stale edit is refused.</summary>
[Authorize(Policy = Policies.LearningSetFacilitator)]
public sealed class EditModel(GoldenThreadDbContext database, TimeProvider time) : SessionForm(database, time)
{
    [BindProperty(SupportsGet = true)] public Guid SessionId { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSessionAsync(code, tracked: false, cancellationToken) is not { } session) return NotFound();
        Fill(session);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSessionAsync(code, tracked: true, cancellationToken) is not { } session) return NotFound();
        if (!Check()) return Page();
        Apply(session);
        return await SaveEditAsync(Db, session, Version, "session", () => FindAsync(tracked: false, cancellationToken), Fill,
            $"Session on {Shell.UkTime.Day(session.Date)} saved", SetHref + "#sessions-heading", cancellationToken);
    }

    private async Task<LearningSetSession?> EnterSessionAsync(string code, bool tracked, CancellationToken cancellationToken) =>
        await EnterSetAsync(code, "Change the session", tracked: false, cancellationToken) is null ? null : await FindAsync(tracked, cancellationToken);

    private Task<LearningSetSession?> FindAsync(bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.LearningSetSessions.Where(s => s.SystemId == SystemId && s.LearningSetId == LearningSetId && s.Id == SessionId);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }
}
