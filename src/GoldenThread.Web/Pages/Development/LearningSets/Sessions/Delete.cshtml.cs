using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets.Sessions;

/// <summary>Removes a session from the set's schedule, with its attendance.</summary>
[Authorize(Policy = Policies.LearningSetFacilitator)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid LearningSetId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid SessionId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken)
    {
        var found = await Db.LearningSetSessions.Where(s => s.SystemId == SystemId && s.LearningSetId == LearningSetId && s.Id == SessionId)
            .Join(Db.LearningSets, s => s.LearningSetId, l => l.Id, (s, l) => new { Session = s, SetName = l.Name }).SingleOrDefaultAsync(cancellationToken);
        if (found is null) return null;
        var set = $"/systems/{Code}/learning-sets/{LearningSetId}";
        return new Target(found.Session, $"the session on {UkTime.Day(found.Session.Date)}", $"{set}/sessions/{SessionId}",
            "The session goes from the set's schedule with the attendance recorded for it; its changes stay in the audit trail.", set + "#sessions-heading",
            [new Crumb("Learning sets", $"/systems/{Code}/learning-sets"), new Crumb(found.SetName, set)]);
    }
}
