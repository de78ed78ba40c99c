using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.People;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database) : PersonForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Fte = "1";
        return await EnterAsync(code, "Add a person", cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Add a person", cancellationToken)) return NotFound();
        if (!Check(out var fields)) return Page();
        var person = new Person { SystemId = SystemId, Name = "", Profession = "", Setting = "", Seniority = "" };
        Apply(person, fields);
        Db.People.Add(person);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{person.Name} added";
        return Redirect($"/systems/{Code}/people/{person.Id}");
    }
}
