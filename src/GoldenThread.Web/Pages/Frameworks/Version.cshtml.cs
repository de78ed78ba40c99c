using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>One version of a framework as its raters saw it, past or current; never changed.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class VersionModel(GoldenThreadDbContext db) : FrameworkPage(db)
{
    public FrameworkVersion Shown { get; private set; } = null!;
    public string? By { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid frameworkId, int number, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, frameworkId, "Framework version", tracked: false, cancellationToken)) return NotFound();
        if (await Db.FrameworkVersions.AsNoTracking().SingleOrDefaultAsync(v => v.FrameworkId == frameworkId && v.Number == number, cancellationToken) is not { } shown)
            return NotFound();
        Shown = shown;
        By = await Db.Users.Where(u => u.Id == shown.CreatedByAccountId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        Title = $"{Framework.Name}: version {number}";
        Within(Framework.Name, Href);
        return Page();
    }
}
