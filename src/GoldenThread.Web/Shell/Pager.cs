using Microsoft.AspNetCore.WebUtilities;

namespace GoldenThread.Web.Shell;

/// <summary>Previous and next links for a paged list, keeping the list's other query values.</summary>
public sealed record Pager(int Page, int Pages, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public string Href(int page) =>
        QueryHelpers.AddQueryString(Path, Query.Where(q => !string.IsNullOrEmpty(q.Value)).Append(new("page", page.ToString())));
}
