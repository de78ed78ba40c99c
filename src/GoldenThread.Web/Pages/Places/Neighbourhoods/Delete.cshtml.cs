using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Places.Neighbourhoods;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid PlaceId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid NeighbourhoodId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken)
    {
        var found = await Db.Neighbourhoods.Where(n => n.SystemId == SystemId && n.PlaceId == PlaceId && n.Id == NeighbourhoodId)
            .Join(Db.Places, n => n.PlaceId, p => p.Id, (n, p) => new { Neighbourhood = n, Place = p.Name }).SingleOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        var place = $"/systems/{Code}/places/{PlaceId}";
        return new Target(found.Neighbourhood, found.Neighbourhood.Name, $"{place}/neighbourhoods/{NeighbourhoodId}",
            $"It goes from {found.Place}.", place, [new Crumb("Places", $"/systems/{Code}/places"), new Crumb(found.Place, place)]);
    }
}
