using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Posts;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class DeleteModel(GoldenThreadDbContext database) : DeletePage(database)
{
    [BindProperty(SupportsGet = true)] public Guid PostId { get; set; }

    protected override async Task<Target?> FindAsync(CancellationToken cancellationToken) =>
        await Db.Posts.Include(p => p.Successors).SingleOrDefaultAsync(p => p.SystemId == SystemId && p.Id == PostId, cancellationToken) is { } post
            ? new Target(post, post.Title, $"/systems/{Code}/posts/{post.Id}",
                "Its holder and its successors are no longer recorded against it; the people themselves stay in the register.",
                $"/systems/{Code}/posts", [new Crumb("Posts", $"/systems/{Code}/posts")])
            : null;
}
