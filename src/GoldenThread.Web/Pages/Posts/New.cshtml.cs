using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Posts;

[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext database) : PostForm(database)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterAsync(code, "Add a post", cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Add a post", cancellationToken)) return NotFound();
        if (await CheckAsync(cancellationToken) is not (true, var holderSince)) return Page();
        var post = new Post { SystemId = SystemId, Title = "", Level = "" };
        Apply(post, holderSince);
        Db.Posts.Add(post);
        await Db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{post.Title} added";
        return Redirect($"/systems/{Code}/posts/{post.Id}");
    }
}
