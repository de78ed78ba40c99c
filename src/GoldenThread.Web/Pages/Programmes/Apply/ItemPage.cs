using GoldenThread.Data;
using GoldenThread.Programmes;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// The page of one item of a list the team builds (a measure, a sponsor, a member), adding one ("…/measures/add") or
/// changing one ("…/measures/2"). Items are known by their place in the list, so a change is saved only to the version
/// of the draft the page showed: had someone else changed the list meanwhile, the place might name another item.
/// </summary>
public abstract class ItemPage<T>(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    [BindProperty] public int Version { get; set; }

    /// <summary>The place of the item being changed; null when adding one.</summary>
    public int? Index { get; private set; }

    public bool Adding => Index is null;
    public string ListHref => Href(List.Slug);

    protected abstract ItemList<T> List { get; }

    /// <summary>The item being changed; default when adding.</summary>
    protected T? Existing => Index is { } i ? List.Items(Answers)[i] : default;

    /// <summary>The JSON path the item has in the content to be saved: "measures[3]".</summary>
    protected string Path => $"{List.JsonPath}[{Index ?? List.Items(Answers).Count}]";

    /// <summary>Finds the draft and the item the address names ("add" or its place); 404 when the list has no such item.</summary>
    protected async Task<IActionResult?> EnterItemAsync(string code, Guid applicationId, string item, CancellationToken cancellationToken)
    {
        var title = item == "add" ? $"Add a {List.Singular}" : $"Change a {List.Singular}";
        if (await EnterDraftAsync(code, applicationId, title, cancellationToken) is { } other) return other;
        if (!ItemList.TryIndex(item, List.Items(Answers).Count, out var index)) return NotFound();
        Index = index;
        if (HttpMethods.IsGet(Request.Method)) Version = Application.Version;
        Within(ApplyJourney.Of(List.Slug).Name, ListHref);
        return null;
    }

    /// <summary>The draft's content with <paramref name="item"/> in its place, or added at the end.</summary>
    protected ApplicationContent With(T item)
    {
        var items = List.Items(Answers).ToList();
        if (Index is { } i) items[i] = item;
        else items.Add(item);
        return List.With(Answers, items);
    }

    /// <summary>Saves and goes back to the list; a change only to the version the page showed.</summary>
    protected Task<IActionResult> SaveItemAsync(ApplicationContent candidate, CancellationToken cancellationToken) =>
        SaveAsync(candidate, ListHref, cancellationToken, Adding ? null : Version);
}
