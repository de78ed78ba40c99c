using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>Finds a team member in the system's register by name: a search that works without JavaScript, each match a link to add them.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class FindMemberModel(GoldenThreadDbContext db, TimeProvider time) : ApplicationPage(db, time)
{
    public const string Question = "Find a team member in the register";

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public sealed record Match(Guid Id, string Name, string? Organisation, bool InTeam);

    /// <summary>The people whose name holds the search; null before a search.</summary>
    public PageOf<Match>? Matches { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, Guid applicationId, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (await EnterDraftAsync(code, applicationId, Question, cancellationToken) is { } other) return other;
        Within(ApplyJourney.Of(ItemList.Members.Slug).Name, Href(ItemList.Members.Slug));
        var search = Q?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(search)) return Page();
        var inTeam = Answers.Members.Select(m => m.PersonId).OfType<Guid>().ToList();
        Matches = await PageOf<Match>.ReadAsync(Db.People.AsNoTracking()
            .Where(p => p.SystemId == Application.SystemId && p.Name.ToLower().Contains(search))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new Match(p.Id, p.Name, Db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                inTeam.Contains(p.Id))), Paging.Lenient(pageNumber), cancellationToken);
        Pager = new Pager(Matches.Page, Matches.Pages, Href("members/find").Split('?')[0],
            new Dictionary<string, string?> { ["q"] = Q, ["from"] = From });
        ModelState.Clear(); // an odd page number shows the first page rather than an error
        return Page();
    }

    public string AddHref(Guid personId) => QueryHelpers.AddQueryString(Href("members/add"), "personId", personId.ToString());
}
