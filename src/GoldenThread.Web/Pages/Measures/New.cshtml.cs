using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Measures;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database, TimeProvider time) : MeasureForm(database, time)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterAsync(code, "Add a measure", null, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Add a measure", null, cancellationToken)) return NotFound();
        if (!Check()) return Page();
        var measure = new Measure { SystemId = SystemId, Name = "", Unit = "" };
        Apply(measure);
        Db.Measures.Add(measure);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{measure.Name} added";
        return Redirect($"/systems/{Code}/measures/{measure.Id}");
    }
}
