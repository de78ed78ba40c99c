using GoldenThread.Data;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// "Are you sure you want to remove …?" for an item of a list the team builds. Removed only from the version of the
/// draft the question showed, since the item is known by its place in the list.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class RemoveItemModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    [BindProperty] public int Version { get; set; }

    public ItemList List { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public string ListHref => Href(List.Slug);

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, string list, int index, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, applicationId, list, index, cancellationToken) is { } other) return other;
        Version = Application.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid applicationId, string list, int index, CancellationToken cancellationToken) =>
        await EnterAsync(code, applicationId, list, index, cancellationToken)
        ?? await SaveAsync(List.Remove(Answers, index), ListHref, cancellationToken, Version);

    private async Task<IActionResult?> EnterAsync(string code, Guid applicationId, string list, int index, CancellationToken cancellationToken)
    {
        if (ItemList.Find(list) is not { } items) return NotFound();
        List = items;
        if (await EnterDraftAsync(code, applicationId, $"Remove a {items.Singular}", cancellationToken) is { } other) return other;
        var names = items.Names(Answers);
        if (index < 0 || index >= names.Count) return NotFound();
        Name = names[index];
        Title = $"Are you sure you want to remove {Name}?";
        Within(ApplyJourney.Of(items.Slug).Name, ListHref);
        return null;
    }
}
