using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.People;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid PersonId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken) =>
        await Db.People.SingleOrDefaultAsync(p => p.SystemId == SystemId && p.Id == PersonId, cancellationToken) is { } person
            ? new Target(person, person.Name, $"/systems/{Code}/people/{person.Id}",
                "Any diversity information they gave is deleted with them, and so are their workplace exchange sign-ups and pairs, with what the pair wrote. An account linked to them stays, no longer linked to anyone in the register.",
                $"/systems/{Code}/people", [new Crumb("People", $"/systems/{Code}/people")])
            : null;
}
