using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.People;

/// <summary>Changes a profile: the leadership team's for anyone, a professional's for their own (the policy decides).</summary>
[Authorize(Policy = Policies.PersonProfile)]
public sealed class EditModel(GoldenThreadDbContext database) : PersonForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid personId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change the profile", cancellationToken)) return NotFound();
        if (await FindAsync(personId, tracked: false, cancellationToken) is not { } person) return NotFound();
        Fill(person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid personId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change the profile", cancellationToken)) return NotFound();
        if (await FindAsync(personId, tracked: true, cancellationToken) is not { } person) return NotFound();
        if (!Check(out var fields)) return Page();
        Apply(person, fields);
        return await SaveEditAsync(Db, person, Version, "profile", () => FindAsync(personId, tracked: false, cancellationToken), Fill,
            "Profile saved", $"/systems/{Code}/people/{person.Id}", cancellationToken);
    }

    private Task<Person?> FindAsync(Guid personId, bool tracked, CancellationToken cancellationToken) =>
        FindToEditAsync(Db.People.Where(p => p.SystemId == SystemId && p.Id == personId), tracked,
            p => p.Name, p => $"/systems/{Code}/people/{p.Id}", cancellationToken);
}
