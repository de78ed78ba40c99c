using GoldenThread.Data.Network;
using GoldenThread.Data;
using GoldenThread.Network;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Shell;

/// <summary>A link in the breadcrumb trail.</summary>
public sealed record Crumb(string Text, string Href);

/// <summary>What the layout needs from every page: its title, breadcrumbs and the system it belongs to.</summary>
public abstract class GoldenThreadPage : PageModel
{
    public string Title { get; protected set; } = "GoldenThread";
    public IReadOnlyList<Crumb> Breadcrumbs { get; protected set; } = [];
    /// <summary>The system the page belongs to, which puts that system's navigation in the header.</summary>
    public string? SystemCode { get; protected set; }

    /// <summary>The system a page under <c>/systems/{code}</c> belongs to.</summary>
    public sealed record SystemHeading(Guid Id, string Code, string Name);

    /// <summary>
    /// Finds the route's system and sets the page's title, breadcrumbs (up to the system's overview) and
    /// system navigation; null when no such system exists.
    /// </summary>
    protected async Task<SystemHeading?> EnterSystemAsync(GoldenThreadDbContext db, string code, string title, CancellationToken cancellationToken)
    {
        var system = await db.Systems.AsNoTracking().WithCode(code)
            .Select(s => new SystemHeading(s.Id, s.Code, s.Name)).SingleOrDefaultAsync(cancellationToken);
        if (system is null) return null;
        (SystemCode, Title) = (system.Code, title);
        Breadcrumbs = [new Crumb("Your systems", "/"), new Crumb(system.Name, $"/systems/{system.Code}")];
        return system;
    }

    /// <summary>Puts the page under a section of the system (the representation report) in the breadcrumbs.</summary>
    protected void Within(string text, string href) => Breadcrumbs = [.. Breadcrumbs, new Crumb(text, href)];

    /// <summary>The name of the row an edit page changes, as it is stored: the page's caption while the form may say otherwise.</summary>
    public string CurrentName { get; private set; } = "";

    /// <summary>
    /// The row an edit page changes, tracked to save or untracked to show. The first time it is found, its stored
    /// name becomes <see cref="CurrentName"/> and the last breadcrumb, linking to <paramref name="href"/>.
    /// </summary>
    protected async Task<T?> FindToEditAsync<T>(IQueryable<T> query, bool tracked, Func<T, string> name, Func<T, string> href,
        CancellationToken cancellationToken) where T : class
    {
        var row = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
        if (row is not null && CurrentName == "")
        {
            CurrentName = name(row);
            Breadcrumbs = [.. Breadcrumbs, new Crumb(CurrentName, href(row))];
        }
        return row;
    }

    /// <summary>
    /// Saves an edit to <paramref name="row"/> made from the form's <paramref name="version"/>, then goes to
    /// <paramref name="href"/> saying <paramref name="done"/>. When someone changed the row meanwhile, saves nothing and
    /// shows the form again filled with what is there now, at its current version, so that saving again is a choice
    /// made knowing it.
    /// </summary>
    protected async Task<IActionResult> SaveEditAsync<T>(GoldenThreadDbContext db, T row, int version, string what,
        Func<Task<T?>> reread, Action<T> fill, string done, string href, CancellationToken cancellationToken) where T : class, IVersioned
    {
        if (await db.SaveIfUnchangedAsync(row, version, cancellationToken))
        {
            TempData["Done"] = done;
            return Redirect(href);
        }
        if (await reread() is not { } current) return NotFound();
        fill(current);
        this.AddError("", string.Format(Versions.StaleMessage, what));
        return Page();
    }
}
