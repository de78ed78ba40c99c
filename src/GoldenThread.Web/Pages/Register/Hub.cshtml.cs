using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Register;

/// <summary>The way into the register: each of its lists, with how many rows it holds.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class HubModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    public sealed record Entry(string Text, string Href, int Count, string About);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Register", cancellationToken) is not { } system) return NotFound();
        var id = system.Id;
        var root = $"/systems/{system.Code}";
        Entries =
        [
            new("Leadership bodies", $"{root}/bodies", await db.Bodies.CountAsync(b => b.SystemId == id, cancellationToken), "Boards, cabinets, forums and networks, and who sits on them"),
            new("People", $"{root}/people", await db.People.CountAsync(p => p.SystemId == id, cancellationToken), "Clinical and care professionals and lay members"),
            new("Organisations", $"{root}/organisations", await db.Organisations.CountAsync(o => o.SystemId == id, cancellationToken), "The employers and funders of leadership time"),
            new("Places", $"{root}/places", await db.Places.CountAsync(p => p.SystemId == id, cancellationToken), "Places and their neighbourhoods"),
            new("Posts", $"{root}/posts", await db.Posts.CountAsync(p => p.SystemId == id, cancellationToken), "Leadership posts, their holders and successors"),
        ];
        return Page();
    }
}
