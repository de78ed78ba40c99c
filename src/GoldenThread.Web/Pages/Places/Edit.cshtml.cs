using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Places;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class EditModel(GoldenThreadDbContext database) : PlaceForm(database)
{
    private const string Heading = "Change the place's details";

    public async Task<IActionResult> OnGetAsync(string code, Guid placeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, Heading, cancellationToken)) return NotFound();
        if (await FindAsync(placeId, tracked: false, cancellationToken) is not { } place) return NotFound();
        Fill(place);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid placeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, Heading, cancellationToken)) return NotFound();
        if (await FindAsync(placeId, tracked: true, cancellationToken) is not { } place) return NotFound();
        if (!Check(out var fields)) return Page();
        Apply(place, fields);
        return await SaveEditAsync(Db, place, Version, "place", () => FindAsync(placeId, tracked: false, cancellationToken), Fill,
            $"{place.Name} saved", $"/systems/{Code}/places/{place.Id}", cancellationToken);
    }

    private Task<Place?> FindAsync(Guid placeId, bool tracked, CancellationToken cancellationToken) =>
        FindToEditAsync(Db.Places.Where(p => p.SystemId == SystemId && p.Id == placeId), tracked,
            p => p.Name, p => $"/systems/{Code}/places/{p.Id}", cancellationToken);
}
