using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Audit;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Audit;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class LogModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }

    public string SystemName { get; private set; } = "";
    public IReadOnlyList<string> Entities { get; private set; } = [];
    public IReadOnlyList<AuditLog.ActorOption> Actors { get; private set; } = [];
    public PageOf<AuditLog.Row> Log { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    // "page" is also Razor Pages' own route value, so the page number is read from the query string only.
    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Audit log", cancellationToken) is not { } system) return NotFound();
        SystemName = system.Name;

        Entities = await AuditLog.EntitiesAsync(db, system.Id, cancellationToken);
        Actors = await AuditLog.ActorsAsync(db, system.Id, cancellationToken);
        var paging = Paging.Lenient(pageNumber);
        Log = await AuditLog.ReadAsync(db, system.Id, new AuditLog.Filter(Entity, Actor), paging, cancellationToken);
        Pager = new Pager(Log.Page, Log.Pages, $"/systems/{system.Code}/audit",
            new Dictionary<string, string?> { ["entity"] = Entity, ["actor"] = Actor });
        ModelState.Clear(); // a malformed page number shows the first page rather than an error
        return Page();
    }
}
