using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Organisations;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid OrganisationId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken) =>
        await Db.Organisations.SingleOrDefaultAsync(o => o.SystemId == SystemId && o.Id == OrganisationId, cancellationToken) is { } organisation
            ? new Target(organisation, organisation.Name, $"/systems/{Code}/organisations/{organisation.Id}",
                "It goes from the register, with its ODS code.",
                $"/systems/{Code}/organisations", [new Crumb("Organisations", $"/systems/{Code}/organisations")])
            : null;
}
