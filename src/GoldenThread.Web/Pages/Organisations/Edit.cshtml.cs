using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Organisations;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class EditModel(GoldenThreadDbContext database) : OrganisationForm(database)
{
    private const string Heading = "Change the organisation's details";

    public async Task<IActionResult> OnGetAsync(string code, Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, Heading, organisationId, cancellationToken)) return NotFound();
        if (await FindAsync(organisationId, tracked: false, cancellationToken) is not { } organisation) return NotFound();
        Fill(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, Heading, organisationId, cancellationToken)) return NotFound();
        if (await FindAsync(organisationId, tracked: true, cancellationToken) is not { } organisation) return NotFound();
        if (await CheckAsync(cancellationToken) is not { } fields) return Page();
        Apply(organisation, fields);
        return await SaveEditAsync(Db, organisation, Version, "organisation", () => FindAsync(organisationId, tracked: false, cancellationToken), Fill,
            $"{organisation.Name} saved", $"/systems/{Code}/organisations/{organisation.Id}", cancellationToken);
    }

    private Task<Organisation?> FindAsync(Guid organisationId, bool tracked, CancellationToken cancellationToken) =>
        FindToEditAsync(Db.Organisations.Where(o => o.SystemId == SystemId && o.Id == organisationId), tracked,
            o => o.Name, o => $"/systems/{Code}/organisations/{o.Id}", cancellationToken);
}
