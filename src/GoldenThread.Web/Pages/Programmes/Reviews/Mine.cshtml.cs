using System.Security.Claims;
using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Reviews;

/// <summary>
/// A reviewer's own assignments and the conflicts they have declared. Every query names the signed-in reviewer: the
/// programme area reads every system, so these filters are what keep other reviewers' work out of sight.
/// </summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class MineModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record Row(ReviewAssignment Assignment, string Reference, string TeamName, string RoundName);
    public sealed record Declared(string Reference, string TeamName, string Reason, DateTimeOffset At);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<Declared> Conflicts { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = "My reviews";
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var assigned = await db.ReviewAssignments.AsNoTracking().Where(a => a.ReviewerAccountId == me)
            .Join(db.TeamApplications.Where(a => a.State == ApplicationState.Submitted), r => r.ApplicationId, a => a.Id, (r, a) => new { Assignment = r, Application = a })
            .Join(db.ProgrammeRounds, x => x.Application.RoundId, r => r.Id, (x, r) => new { x.Assignment, x.Application.Reference, x.Application.Content, Round = r.Name })
            .ToListAsync(cancellationToken);
        Rows = [.. assigned.OrderBy(x => x.Round, StringComparer.Ordinal).ThenBy(x => x.Reference, StringComparer.Ordinal)
            .Select(x => new Row(x.Assignment, x.Reference, x.Content.TeamName, x.Round))];
        var declared = await db.ConflictDeclarations.AsNoTracking().Where(c => c.ReviewerAccountId == me)
            .Join(db.TeamApplications, c => c.ApplicationId, a => a.Id, (c, a) => new { Declaration = c, a.Reference, a.Content })
            .ToListAsync(cancellationToken);
        Conflicts = [.. declared.OrderBy(x => x.Declaration.DeclaredAt)
            .Select(x => new Declared(x.Reference, x.Content.TeamName, x.Declaration.Reason, x.Declaration.DeclaredAt))];
    }
}
