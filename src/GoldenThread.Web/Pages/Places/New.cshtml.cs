using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Places;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database) : PlaceForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterAsync(code, "Add a place", cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Add a place", cancellationToken)) return NotFound();
        if (!Check(out var fields)) return Page();
        var place = new Place { SystemId = SystemId, Name = "", LocalAuthorityTier = "" };
        Apply(place, fields);
        Db.Places.Add(place);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{place.Name} added";
        return Redirect($"/systems/{Code}/places/{place.Id}");
    }
}
