using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.People;

/// <summary>The signed-in account's own person in this system's register, where they can change their profile.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class MeModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public string SystemName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "My profile", cancellationToken) is not { } system) return NotFound();
        SystemName = system.Name;
        var personId = User.PersonId();
        if (personId is not null && await db.People.AnyAsync(p => p.SystemId == system.Id && p.Id == personId, cancellationToken))
            return Redirect($"/systems/{system.Code}/people/{personId}");
        return Page();
    }
}
