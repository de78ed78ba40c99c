using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid BodyId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken) =>
        await Db.Bodies.Include(b => b.FeedsInto).SingleOrDefaultAsync(b => b.SystemId == SystemId && b.Id == BodyId, cancellationToken) is { } body
            ? new Target(body, body.Name, $"/systems/{Code}/bodies/{body.Id}",
                "What it feeds into goes with it, and anyone who is its body secretary stops being so.",
                $"/systems/{Code}/bodies", [new Crumb("Leadership bodies", $"/systems/{Code}/bodies")])
            : null;
}
