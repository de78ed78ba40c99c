using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>A page about one of the system's adopted frameworks: finds it in the route's system with its current version.</summary>
public abstract class FrameworkPage(GoldenThreadDbContext db) : GoldenThreadPage
{
    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    public Framework Framework { get; private set; } = null!;
    public FrameworkVersion Current { get; private set; } = null!;
    public string Href => $"/systems/{Code}/framework/{Framework.Id}";
    public bool MayAdapt => User.HasSystemRole(Code, Roles.LeadershipTeam, Roles.SystemAdmin);

    /// <summary>Finds the framework (tracked to change it) in the route's system; false when there is none there.</summary>
    protected async Task<bool> EnterAsync(string code, Guid frameworkId, string title, bool tracked, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        Code = system.Code;
        var frameworks = db.Frameworks.Where(f => f.SystemId == system.Id && f.Id == frameworkId);
        if (await (tracked ? frameworks : frameworks.AsNoTracking()).SingleOrDefaultAsync(cancellationToken) is not { } framework) return false;
        Framework = framework;
        Current = await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == framework.CurrentVersionId, cancellationToken);
        Within("Framework", $"/systems/{Code}/framework");
        return true;
    }
}
