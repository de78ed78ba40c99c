using GoldenThread.Data;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// The page of a list the team builds (measures, sponsors, members): the items so far, each with its change and remove
/// links, a way to add another, and Continue. Nothing is saved here: each item saves on its own page.
/// </summary>
public abstract class ItemsPage(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    protected abstract ItemList List { get; }

    /// <summary>The words of the button that adds an item: "Add a measure".</summary>
    public abstract string AddText { get; }

    public string ContinueHref => Next(List.Slug);
    public string ItemHref(int index) => Href($"{List.Slug}/{index}");
    public string RemoveHref(int index) => Href($"{List.Slug}/{index}/remove");
    public string AddHref => Href($"{List.Slug}/add");
    public bool Full => List.Names(Answers).Count >= List.Most;

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, CancellationToken cancellationToken) =>
        await EnterDraftAsync(code, applicationId, ApplyJourney.Of(List.Slug).Name, cancellationToken) ?? Page();
}
