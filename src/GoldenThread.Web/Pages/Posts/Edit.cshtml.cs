using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Posts;

/// <summary>Changes a post: its details, who holds it and who could succeed to it.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class EditModel(GoldenThreadDbContext database) : PostForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, Guid postId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change the post", cancellationToken)) return NotFound();
        if (await FindAsync(postId, tracked: false, cancellationToken) is not { } post) return NotFound();
        Fill(post);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid postId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Change the post", cancellationToken)) return NotFound();
        if (await FindAsync(postId, tracked: true, cancellationToken) is not { } post) return NotFound();
        if (await CheckAsync(cancellationToken) is not (true, var holderSince)) return Page();
        Apply(post, holderSince);
        return await SaveEditAsync(Db, post, Version, "post", () => FindAsync(postId, tracked: false, cancellationToken), Fill,
            $"{post.Title} saved", $"/systems/{Code}/posts/{post.Id}", cancellationToken);
    }

    private Task<Post?> FindAsync(Guid postId, bool tracked, CancellationToken cancellationToken) =>
        FindToEditAsync(Db.Posts.Include(p => p.Successors).Where(p => p.SystemId == SystemId && p.Id == postId), tracked,
            p => p.Title, p => $"/systems/{Code}/posts/{p.Id}", cancellationToken);
}
