using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Development.LearningSets.Sessions;

/// <summary>Adds a session to the set's schedule, past or to come.</summary>
[Authorize(Policy = Policies.LearningSetFacilitator)]
public sealed class NewModel(GoldenThreadDbContext database, TimeProvider time) : SessionForm(database, time)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterSetAsync(code, "Add a session", tracked: false, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSetAsync(code, "Add a session", tracked: false, cancellationToken) is null) return NotFound();
        if (!Check()) return Page();
        var session = new LearningSetSession { SystemId = SystemId, LearningSetId = LearningSetId, Topic = "", CreatedAt = Now };
        Apply(session);
        Db.LearningSetSessions.Add(session);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"Session on {Shell.UkTime.Day(session.Date)} added";
        return Redirect(SetHref + "#sessions-heading");
    }
}
