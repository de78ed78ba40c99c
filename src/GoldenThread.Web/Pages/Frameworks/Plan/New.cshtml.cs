using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>Adds an action to the plan of the framework the address names (<c>?framework=</c>), or of the first.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database, TimeProvider time) : ActionForm(database, time)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterFormAsync(code, "Add an action", Framework, cancellationToken)) return Page();
        return FrameworkId is null && Code != "" ? Redirect(PlanHref) : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterFormAsync(code, "Add an action", Framework, cancellationToken)) return NotFound();
        if (!Check(null)) return Page();
        var action = new PlanAction { SystemId = SystemId, FrameworkId = FrameworkId!.Value, CriterionId = "", Title = "", Owner = "" };
        Apply(action);
        Db.PlanActions.Add(action);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{action.Title} added to the plan";
        return Redirect(Href() + $"#criterion-{action.CriterionId}");
    }
}
