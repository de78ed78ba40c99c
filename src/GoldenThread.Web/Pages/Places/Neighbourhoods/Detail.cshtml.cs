using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Places.Neighbourhoods;

/// <summary>One neighbourhood or primary care network: its population and the bodies that meet there.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record About(Guid Id, string Name, int Population, Guid PlaceId, string PlaceName);

    public string Code { get; private set; } = "";
    public About Neighbourhood { get; private set; } = null!;
    public IReadOnlyList<RegisterLink> Bodies { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid placeId, Guid neighbourhoodId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Neighbourhood", cancellationToken) is not { } system) return NotFound();
        var neighbourhood = await db.Neighbourhoods.AsNoTracking().Where(n => n.SystemId == system.Id && n.PlaceId == placeId && n.Id == neighbourhoodId)
            .Join(db.Places, n => n.PlaceId, p => p.Id, (n, p) => new About(n.Id, n.Name, n.Population, p.Id, p.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (neighbourhood is null) return NotFound();
        (Code, Neighbourhood, Title) = (system.Code, neighbourhood, neighbourhood.Name);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Places", $"/systems/{Code}/places"), new Crumb(neighbourhood.PlaceName, $"/systems/{Code}/places/{placeId}")];
        Bodies = [.. (await db.Bodies.AsNoTracking().Where(b => b.NeighbourhoodId == neighbourhoodId).OrderBy(b => b.Name)
                .Select(b => new { b.Id, b.Name, b.Kind }).ToListAsync(cancellationToken))
            .Select(b => new RegisterLink($"/systems/{Code}/bodies/{b.Id}", b.Name, Labels.Of(b.Kind)))];
        return Page();
    }

    public bool MayEdit => User.MayEditRegister(Code);
}
