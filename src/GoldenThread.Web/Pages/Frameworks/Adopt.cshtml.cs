using GoldenThread.Data;
using GoldenThread.Frameworks;
using GoldenThread.Web.Access;
using GoldenThread.Web.Frameworks;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks;

/// <summary>Adopts a library framework: the system's own copy at version 1, which it can then adapt.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class AdoptModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public string Code { get; private set; } = "";
    public FrameworkDefinition Library { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string key, CancellationToken cancellationToken) =>
        await EnterAsync(code, key, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string code, string key, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, key, cancellationToken) is not { } systemId) return NotFound();
        var existing = await db.Frameworks.Where(f => f.SystemId == systemId && f.Key == key).Select(f => (Guid?)f.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id) return Redirect($"/systems/{Code}/framework/{id}");
        var framework = FrameworkVersions.Adopt(db, systemId, Library, User.AccountId(), time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Adopted by someone else at the same moment: theirs is the system's copy.
            db.ChangeTracker.Clear();
            return Redirect($"/systems/{Code}/framework");
        }
        TempData["Done"] = $"{Library.Name} adopted as version 1";
        return Redirect($"/systems/{Code}/framework/{framework.Id}");
    }

    private async Task<Guid?> EnterAsync(string code, string key, CancellationToken cancellationToken)
    {
        if (FrameworkLibrary.Find(key) is not { } library) return null;
        if (await EnterSystemAsync(db, code, $"Adopt {library.Name}", cancellationToken) is not { } system) return null;
        (Code, Library) = (system.Code, library);
        Within("Framework", $"/systems/{Code}/framework");
        return system.Id;
    }
}
