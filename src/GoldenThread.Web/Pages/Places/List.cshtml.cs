using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Places;

/// <summary>The system's places, with their neighbourhoods and bodies counted. A system has a handful, so one page shows them all.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ListModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record Row(Guid Id, string Name, int Population, string LocalAuthorityTier, int Neighbourhoods, int Bodies);

    public string Code { get; private set; } = "";
    [TempData] public string? Done { get; set; }
    public IReadOnlyList<Row> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Places", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Places = await db.Places.AsNoTracking().Where(p => p.SystemId == system.Id).OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, p.Name, p.Population, p.LocalAuthorityTier,
                db.Neighbourhoods.Count(n => n.PlaceId == p.Id),
                db.Bodies.Count(b => b.PlaceId == p.Id || db.Neighbourhoods.Any(n => n.Id == b.NeighbourhoodId && n.PlaceId == p.Id))))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
