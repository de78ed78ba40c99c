using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Places.Neighbourhoods;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database) : NeighbourhoodForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid placeId, CancellationToken cancellationToken) =>
        await EnterAsync(code, "Add a neighbourhood", placeId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid placeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Add a neighbourhood", placeId, cancellationToken)) return NotFound();
        if (!Check(out var fields)) return Page();
        var neighbourhood = new Neighbourhood { SystemId = SystemId, PlaceId = PlaceId, Name = "" };
        Apply(neighbourhood, fields);
        Db.Neighbourhoods.Add(neighbourhood);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{neighbourhood.Name} added";
        return Redirect($"{PlaceHref}/neighbourhoods/{neighbourhood.Id}");
    }
}
