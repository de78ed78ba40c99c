using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Organisations;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database) : OrganisationForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterAsync(code, "Add an organisation", null, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Add an organisation", null, cancellationToken)) return NotFound();
        if (await CheckAsync(cancellationToken) is not { } fields) return Page();
        var organisation = new Organisation { SystemId = SystemId, Name = "", Sector = "" };
        Apply(organisation, fields);
        Db.Organisations.Add(organisation);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{organisation.Name} added";
        return Redirect($"/systems/{Code}/organisations/{organisation.Id}");
    }
}
