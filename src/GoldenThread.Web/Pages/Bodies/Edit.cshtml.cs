using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class EditModel(GoldenThreadDbContext database) : BodyForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid bodyId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change the body's details", bodyId, cancellationToken)) return NotFound();
        if (await FindAsync(bodyId, tracked: false, cancellationToken) is not { } body) return NotFound();
        Fill(body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid bodyId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change the body's details", bodyId, cancellationToken)) return NotFound();
        if (await FindAsync(bodyId, tracked: true, cancellationToken) is not { } body) return NotFound();
        if (await CheckAsync(cancellationToken) is not { } fields) return Page();
        Apply(body, fields);
        return await SaveEditAsync(Db, body, Version, "body", () => FindAsync(bodyId, tracked: false, cancellationToken), Fill,
            $"{body.Name} saved", $"/systems/{Code}/bodies/{body.Id}", cancellationToken);
    }

    private Task<GoldenThread.Network.Body?> FindAsync(Guid bodyId, bool tracked, CancellationToken cancellationToken) =>
        FindToEditAsync(Db.Bodies.Include(b => b.FeedsInto).Where(b => b.SystemId == SystemId && b.Id == bodyId), tracked,
            b => b.Name, b => $"/systems/{Code}/bodies/{b.Id}", cancellationToken);
}
