using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Bodies.Members;

[Authorize(Policy = Policies.BodyMembers)]
public sealed class NewModel(GoldenThreadDbContext database) : MembershipForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid bodyId, CancellationToken cancellationToken) =>
        await EnterAsync(code, "Add a member", bodyId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, Guid bodyId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Add a member", bodyId, cancellationToken)) return NotFound();
        if (!Check(out var fields)) return Page();
        var membership = new Membership { SystemId = SystemId, BodyId = BodyId, Role = "", Capacity = "" };
        Apply(membership, fields);
        Db.Memberships.Add(membership);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{People.Single(p => p.Value == PersonId.ToString()).Text} added as {fields.Role}";
        return Redirect(BodyHref);
    }
}
