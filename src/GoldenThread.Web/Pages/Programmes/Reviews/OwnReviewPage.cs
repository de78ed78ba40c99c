using System.Security.Claims;
using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Reviews;

/// <summary>
/// A reviewer's page about one of their own assignments. The programme area reads every system, so the only thing
/// standing between a reviewer and another reviewer's assignment is the filter on <see cref="ReviewAssignment.ReviewerAccountId"/>
/// here: anyone else's assignment is not found.
/// </summary>
public abstract class OwnReviewPage(GoldenThreadDbContext db) : GoldenThreadPage
{
    public const string ListHref = "/programmes/reviews";

    protected GoldenThreadDbContext Db => db;
    public ReviewAssignment Assignment { get; private set; } = null!;
    public TeamApplication Application { get; private set; } = null!;
    public ProgrammeRound Round { get; private set; } = null!;
    public string SystemName { get; private set; } = "";
    public string ScoreHref => $"{ListHref}/{Assignment.Id}";

    protected string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>The signed-in reviewer's assignment <paramref name="assignmentId"/> with its application and round; false when it is not theirs.</summary>
    protected async Task<bool> EnterAsync(Guid assignmentId, string title, bool tracked, CancellationToken cancellationToken)
    {
        var mine = db.ReviewAssignments.Where(a => a.Id == assignmentId && a.ReviewerAccountId == Me);
        if (await (tracked ? mine : mine.AsNoTracking()).SingleOrDefaultAsync(cancellationToken) is not { } assignment) return false;
        var found = await db.TeamApplications.AsNoTracking().Where(a => a.Id == assignment.ApplicationId && a.State == ApplicationState.Submitted)
            .Join(db.ProgrammeRounds, a => a.RoundId, r => r.Id, (a, r) => new { Application = a, Round = r })
            .Join(db.Systems, x => x.Application.SystemId, s => s.Id, (x, s) => new { x.Application, x.Round, s.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null) return false;
        (Assignment, Application, Round, SystemName) = (assignment, found.Application, found.Round, found.Name);
        Title = $"{title} – {found.Application.Reference}";
        Breadcrumbs = [new Crumb("My reviews", ListHref)];
        return true;
    }
}
