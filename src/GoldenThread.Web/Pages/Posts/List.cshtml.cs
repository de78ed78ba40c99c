using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Posts;

/// <summary>The system's leadership posts: filter by level, place, profession, whether filled and whether openly advertised.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ListModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Place { get; set; }
    [BindProperty(SupportsGet = true)] public string? Profession { get; set; }
    /// <summary><c>vacant</c> or <c>filled</c>.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    /// <summary><c>yes</c> or <c>no</c>.</summary>
    [BindProperty(SupportsGet = true)] public string? Advertised { get; set; }

    public sealed record Row(Guid Id, string Title, string Level, string? PlaceName, Guid? HolderId, string? Holder, decimal SessionsPerWeek, bool OpenlyAdvertised);

    public string Code { get; private set; } = "";
    [TempData] public string? Done { get; set; }
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public PageOf<Row> Posts { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public static IReadOnlyList<Choice> Levels => Labels.Choices(Vocabularies.Default.Levels);
    public static IReadOnlyList<Choice> Statuses => [new("vacant", "Vacant"), new("filled", "Filled")];
    public static IReadOnlyList<Choice> AdvertisedChoices => [new("yes", "Openly advertised"), new("no", "Not openly advertised")];

    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Posts", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Places = await RegisterChoices.PlacesAsync(db, system.Id, cancellationToken);
        var query = db.Posts.AsNoTracking().Where(p => p.SystemId == system.Id)
            .Where(p => Level == null || p.Level == Level)
            .Where(p => Place == null || p.PlaceId == Place)
            .Where(p => Profession == null || p.Professions.Contains(Profession))
            .Where(p => Status != "vacant" || p.HolderPersonId == null)
            .Where(p => Status != "filled" || p.HolderPersonId != null)
            .Where(p => Advertised != "yes" || p.OpenlyAdvertised)
            .Where(p => Advertised != "no" || !p.OpenlyAdvertised)
            .OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, p.Title, p.Level, db.Places.Where(x => x.Id == p.PlaceId).Select(x => x.Name).FirstOrDefault(),
                p.HolderPersonId, db.People.Where(x => x.Id == p.HolderPersonId).Select(x => x.Name).FirstOrDefault(), p.SessionsPerWeek, p.OpenlyAdvertised));
        Posts = await PageOf<Row>.ReadAsync(query, Paging.Lenient(pageNumber), cancellationToken);
        Pager = new Pager(Posts.Page, Posts.Pages, $"/systems/{Code}/posts", new Dictionary<string, string?>
            { ["level"] = Level, ["place"] = Place?.ToString(), ["profession"] = Profession, ["status"] = Status, ["advertised"] = Advertised });
        ModelState.Clear(); // an odd filter value shows everything rather than an error
        return Page();
    }
}
