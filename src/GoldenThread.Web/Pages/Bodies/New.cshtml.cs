using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Bodies;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database) : BodyForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterAsync(code, "Add a body", null, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Add a body", null, cancellationToken)) return NotFound();
        if (await CheckAsync(cancellationToken) is not { } fields) return Page();
        var body = new Body { SystemId = SystemId, Name = "", Kind = "", Level = "", DecisionRights = "" };
        Apply(body, fields);
        Db.Bodies.Add(body);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{body.Name} added";
        return Redirect($"/systems/{Code}/bodies/{body.Id}");
    }
}
