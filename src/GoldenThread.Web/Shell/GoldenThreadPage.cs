using Microsoft.AspNetCore.Mvc.RazorPages;

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
}
