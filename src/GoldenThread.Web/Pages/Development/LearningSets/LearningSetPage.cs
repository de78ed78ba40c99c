using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>
/// A page of one learning set: finds the route's system and set, what the user is to the set (<see cref="Part"/>), and
/// puts Learning sets › the set in the breadcrumbs.
/// </summary>
public abstract class LearningSetPage(GoldenThreadDbContext db) : GoldenThreadPage
{
    [BindProperty(SupportsGet = true)] public Guid LearningSetId { get; set; }

    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    public string SetName { get; private set; } = "";
    public LearningSetPart Part { get; private set; } = new(false, false, false);
    public string SetHref => $"/systems/{Code}/learning-sets/{LearningSetId}";

    /// <summary>
    /// The set, tracked to change or not; null when the system or the set is not there. The set's own page
    /// (<paramref name="ownPage"/>) ends the breadcrumbs at Learning sets; the others lead back to it.
    /// </summary>
    protected async Task<LearningSet?> EnterSetAsync(string code, string title, bool tracked, CancellationToken cancellationToken, bool ownPage = false)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return null;
        (Code, SystemId) = (system.Code, system.Id);
        var query = db.LearningSets.Where(s => s.SystemId == SystemId && s.Id == LearningSetId);
        if (await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken) is not { } set) return null;
        if (await LearningSetPart.OfAsync(db, User, Code, set.Id, cancellationToken) is not { } part) return null;
        (SetName, Part) = (set.Name, part);
        Within("Learning sets", $"/systems/{Code}/learning-sets");
        if (!ownPage) Within(set.Name, SetHref);
        return set;
    }

    /// <summary>The set as it is stored now, to show again after someone else changed it.</summary>
    protected Task<LearningSet?> CurrentSetAsync(CancellationToken cancellationToken) =>
        db.LearningSets.AsNoTracking().SingleOrDefaultAsync(s => s.SystemId == SystemId && s.Id == LearningSetId, cancellationToken);

    /// <summary>The set's members by name, for attendance and the facilitator's check.</summary>
    protected Task<List<LearningSetMember>> MembersAsync(CancellationToken cancellationToken) =>
        db.LearningSetMembers.AsNoTracking().Where(m => m.LearningSetId == LearningSetId).OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(cancellationToken);
}
