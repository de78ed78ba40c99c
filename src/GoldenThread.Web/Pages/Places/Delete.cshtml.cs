using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Places;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid PlaceId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken) =>
        await Db.Places.SingleOrDefaultAsync(p => p.SystemId == SystemId && p.Id == PlaceId, cancellationToken) is { } place
            ? new Target(place, place.Name, $"/systems/{Code}/places/{place.Id}",
                "It goes from the register and from the representation report's view of the system.",
                $"/systems/{Code}/places", [new Crumb("Places", $"/systems/{Code}/places")])
            : null;
}
