using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>The system's frameworks: each adopted one with its current version and where its assessments, plan and public page are; library frameworks to adopt.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class IndexModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record Adopted(Guid Id, string Name, int Number, DateTimeOffset ChangedAt, DateTimeOffset? PublishedAt);

    public string Code { get; private set; } = "";
    public IReadOnlyList<Adopted> Frameworks { get; private set; } = [];
    /// <summary>Library frameworks the system has not adopted.</summary>
    public IReadOnlyList<FrameworkDefinition> Library { get; private set; } = [];
    public bool MayAdapt => User.HasSystemRole(Code, Roles.LeadershipTeam, Roles.SystemAdmin);
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Leadership framework", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Frameworks = await db.Frameworks.AsNoTracking().Where(f => f.SystemId == system.Id).OrderBy(f => f.CreatedAt)
            .Join(db.FrameworkVersions, f => f.CurrentVersionId, v => v.Id, (f, v) => new Adopted(f.Id, f.Name, v.Number, v.CreatedAt, f.PublishedAt))
            .ToListAsync(cancellationToken);
        var keys = await db.Frameworks.Where(f => f.SystemId == system.Id).Select(f => f.Key).ToListAsync(cancellationToken);
        Library = [.. FrameworkLibrary.All.Where(f => !keys.Contains(f.Key))];
        return Page();
    }
}
