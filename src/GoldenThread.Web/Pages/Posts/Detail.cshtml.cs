using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Posts;

/// <summary>One post: what it is, who may hold it, who funds it, who holds it and who could succeed them.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record About(Guid Id, string Title, string Level, Guid? PlaceId, string? PlaceName, List<string> Professions, decimal SessionsPerWeek,
        Guid? FunderId, string? Funder, Guid? HolderId, string? Holder, DateOnly? HolderSince, bool OpenlyAdvertised);

    public string Code { get; private set; } = "";
    public About Post { get; private set; } = null!;
    public IReadOnlyList<RegisterLink> Successors { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid postId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Post", cancellationToken) is not { } system) return NotFound();
        var post = await db.Posts.AsNoTracking().Where(p => p.SystemId == system.Id && p.Id == postId)
            .Select(p => new About(p.Id, p.Title, p.Level, p.PlaceId, db.Places.Where(x => x.Id == p.PlaceId).Select(x => x.Name).FirstOrDefault(),
                p.Professions, p.SessionsPerWeek, p.FundedByOrganisationId, db.Organisations.Where(o => o.Id == p.FundedByOrganisationId).Select(o => o.Name).FirstOrDefault(),
                p.HolderPersonId, db.People.Where(x => x.Id == p.HolderPersonId).Select(x => x.Name).FirstOrDefault(), p.HolderSince, p.OpenlyAdvertised))
            .SingleOrDefaultAsync(cancellationToken);
        if (post is null) return NotFound();
        (Code, Post, Title) = (system.Code, post, post.Title);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Posts", $"/systems/{Code}/posts")];
        Successors = [.. (await db.PostSuccessors.AsNoTracking().Where(s => s.PostId == postId)
                .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { p.Id, p.Name, s.Readiness }).ToListAsync(cancellationToken))
            .OrderBy(s => s.Readiness).ThenBy(s => s.Name)
            .Select(s => new RegisterLink($"/systems/{Code}/people/{s.Id}", s.Name, Labels.Readiness(s.Readiness)))];
        return Page();
    }

    public bool MayEdit => User.MayEditRegister(Code);
}
