using GoldenThread.Data;
using GoldenThread.Data.Network;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Shell;

/// <summary>
/// A page that deletes one register row after asking "Are you sure?" (the NHS confirmation pattern), or says why
/// it cannot yet (<see cref="RegisterDeletion.BlockerAsync"/>). Each entity's page says how to find its row.
/// </summary>
public abstract class DeletePage(GoldenThreadDbContext db) : GoldenThreadPage
{
    /// <summary>The row to delete, tracked with its own children loaded, and how the page speaks of it.</summary>
    /// <param name="Warning">What goes with it, said before the user confirms.</param>
    /// <param name="AfterHref">Where to go once it is deleted.</param>
    protected sealed record Target(object Row, string Name, string Href, string Warning, string AfterHref, IReadOnlyList<Crumb> Trail);

    public string Name { get; private set; } = "";
    public string BackHref { get; private set; } = "";
    public string Warning { get; private set; } = "";
    /// <summary>Why it cannot be deleted yet; null when it can.</summary>
    public string? Blocker { get; private set; }
    protected GoldenThreadDbContext Db => db;
    protected string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }

    /// <summary>Finds the route's row in the system <see cref="SystemId"/>; null when it is not there.</summary>
    protected abstract Task<Target?> FindAsync(CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterAsync(code, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, cancellationToken) is not { } target) return NotFound();
        if (Blocker is not null) return Page();
        await RegisterDeletion.StageAsync(db, target.Row, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Something came to refer to the row (or it changed) between the check and the delete: check again.
            db.ChangeTracker.Clear();
            if (await EnterAsync(code, cancellationToken) is null) return NotFound();
            Blocker ??= $"{target.Name} changed while you were deleting it. Check it and try again";
            return Page();
        }
        TempData["Done"] = $"{target.Name} deleted";
        return Redirect(target.AfterHref);
    }

    private async Task<Target?> EnterAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Delete", cancellationToken) is not { } system) return null;
        (Code, SystemId) = (system.Code, system.Id);
        if (await FindAsync(cancellationToken) is not { } target) return null;
        (Name, BackHref, Warning, Title) = (target.Name, target.Href, target.Warning, $"Delete {target.Name}");
        Breadcrumbs = [.. Breadcrumbs, .. target.Trail, new Crumb(target.Name, target.Href)];
        Blocker = await RegisterDeletion.BlockerAsync(db, target.Row, cancellationToken);
        return target;
    }
}
