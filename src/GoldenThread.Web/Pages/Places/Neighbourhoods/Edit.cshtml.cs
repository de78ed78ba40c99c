using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Places.Neighbourhoods;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class EditModel(GoldenThreadDbContext database) : NeighbourhoodForm(database)
{
    private const string Heading = "Change the neighbourhood's details";

    public async Task<IActionResult> OnGetAsync(string code, Guid placeId, Guid neighbourhoodId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, Heading, placeId, cancellationToken)) return NotFound();
        if (await FindAsync(neighbourhoodId, tracked: false, cancellationToken) is not { } neighbourhood) return NotFound();
        Fill(neighbourhood);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid placeId, Guid neighbourhoodId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, Heading, placeId, cancellationToken)) return NotFound();
        if (await FindAsync(neighbourhoodId, tracked: true, cancellationToken) is not { } neighbourhood) return NotFound();
        if (!Check(out var fields)) return Page();
        Apply(neighbourhood, fields);
        return await SaveEditAsync(Db, neighbourhood, Version, "neighbourhood", () => FindAsync(neighbourhoodId, tracked: false, cancellationToken), Fill,
            $"{neighbourhood.Name} saved", $"{PlaceHref}/neighbourhoods/{neighbourhood.Id}", cancellationToken);
    }

    /// <summary>Only a neighbourhood of the route's place, so the address always names where it is.</summary>
    private Task<Neighbourhood?> FindAsync(Guid neighbourhoodId, bool tracked, CancellationToken cancellationToken) =>
        FindToEditAsync(Db.Neighbourhoods.Where(n => n.SystemId == SystemId && n.PlaceId == PlaceId && n.Id == neighbourhoodId), tracked,
            n => n.Name, n => $"{PlaceHref}/neighbourhoods/{n.Id}", cancellationToken);
}
