using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid MeasureId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken)
    {
        if (await Db.Measures.SingleOrDefaultAsync(m => m.SystemId == SystemId && m.Id == MeasureId, cancellationToken) is not { } measure) return null;
        return new Target(measure, measure.Name, $"/systems/{Code}/measures/{measure.Id}", "Its data points and notes go with it.",
            $"/systems/{Code}/measures", [new Crumb("Measures", $"/systems/{Code}/measures")]);
    }
}
