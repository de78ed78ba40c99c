using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Places;

/// <summary>One place: its neighbourhoods, the organisations serving it, its bodies at place and neighbourhood level, and its posts.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record About(Guid Id, string Name, int Population, string LocalAuthorityTier);

    public string Code { get; private set; } = "";
    public About Place { get; private set; } = null!;
    public IReadOnlyList<RegisterLink> Neighbourhoods { get; private set; } = [];
    public IReadOnlyList<RegisterLink> Organisations { get; private set; } = [];
    public IReadOnlyList<RegisterLink> PlaceBodies { get; private set; } = [];
    public IReadOnlyList<RegisterLink> NeighbourhoodBodies { get; private set; } = [];
    public IReadOnlyList<RegisterLink> Posts { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid placeId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Place", cancellationToken) is not { } system) return NotFound();
        var place = await db.Places.AsNoTracking().Where(p => p.SystemId == system.Id && p.Id == placeId)
            .Select(p => new About(p.Id, p.Name, p.Population, p.LocalAuthorityTier)).SingleOrDefaultAsync(cancellationToken);
        if (place is null) return NotFound();
        (Code, Place, Title) = (system.Code, place, place.Name);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Places", $"/systems/{Code}/places")];

        Neighbourhoods = [.. (await db.Neighbourhoods.AsNoTracking().Where(n => n.PlaceId == placeId).OrderBy(n => n.Name)
                .Select(n => new { n.Id, n.Name, n.Population }).ToListAsync(cancellationToken))
            .Select(n => new RegisterLink($"/systems/{Code}/places/{placeId}/neighbourhoods/{n.Id}", n.Name, $"population {n.Population:N0}"))];
        Organisations = [.. (await db.Organisations.AsNoTracking().Where(o => o.PlaceId == placeId).OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name, o.Sector }).ToListAsync(cancellationToken))
            .Select(o => new RegisterLink($"/systems/{Code}/organisations/{o.Id}", o.Name, Labels.Sector(o.Sector)))];
        var bodies = await db.Bodies.AsNoTracking()
            .Where(b => b.PlaceId == placeId || db.Neighbourhoods.Any(n => n.Id == b.NeighbourhoodId && n.PlaceId == placeId))
            .OrderBy(b => b.Name)
            .Select(b => new { b.Id, b.Name, b.Kind, Neighbourhood = db.Neighbourhoods.Where(n => n.Id == b.NeighbourhoodId).Select(n => n.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        PlaceBodies = [.. bodies.Where(b => b.Neighbourhood is null).Select(b => new RegisterLink($"/systems/{Code}/bodies/{b.Id}", b.Name, Labels.Of(b.Kind)))];
        NeighbourhoodBodies = [.. bodies.Where(b => b.Neighbourhood is not null).Select(b => new RegisterLink($"/systems/{Code}/bodies/{b.Id}", b.Name, b.Neighbourhood))];
        Posts = [.. (await db.Posts.AsNoTracking().Where(p => p.PlaceId == placeId).OrderBy(p => p.Title)
                .Select(p => new { p.Id, p.Title, Vacant = p.HolderPersonId == null }).ToListAsync(cancellationToken))
            .Select(p => new RegisterLink($"/systems/{Code}/posts/{p.Id}", p.Title, p.Vacant ? "vacant" : null))];
        return Page();
    }

    public bool MayEdit => User.MayEditRegister(Code);
}
