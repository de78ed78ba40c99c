using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies;

/// <summary>The system's leadership bodies: search by name, filter by level, kind and place.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ListModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Place { get; set; }

    public sealed record Row(Guid Id, string Name, string Kind, string Level, string? PlaceName, string DecisionRights, int Members);

    public string Code { get; private set; } = "";
    [TempData] public string? Done { get; set; }
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public PageOf<Row> Bodies { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Leadership bodies", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Places = await RegisterChoices.PlacesAsync(db, system.Id, cancellationToken);
        var today = UkTime.Today(time);
        var search = Q?.Trim().ToLowerInvariant();
        var query = db.Bodies.AsNoTracking().Where(b => b.SystemId == system.Id)
            .Where(b => string.IsNullOrEmpty(search) || b.Name.ToLower().Contains(search))
            .Where(b => Level == null || b.Level == Level)
            .Where(b => Kind == null || b.Kind == Kind)
            .Where(b => Place == null || b.PlaceId == Place)
            .OrderBy(b => b.Name).ThenBy(b => b.Id)
            .Select(b => new Row(b.Id, b.Name, b.Kind, b.Level,
                db.Places.Where(p => p.Id == b.PlaceId).Select(p => p.Name).FirstOrDefault(), b.DecisionRights,
                db.Memberships.Count(m => m.BodyId == b.Id && m.Start <= today && (m.End == null || m.End >= today))));
        Bodies = await PageOf<Row>.ReadAsync(query, Paging.Lenient(pageNumber), cancellationToken);
        Pager = new Pager(Bodies.Page, Bodies.Pages, $"/systems/{Code}/bodies", new Dictionary<string, string?>
            { ["q"] = Q, ["level"] = Level, ["kind"] = Kind, ["place"] = Place?.ToString() });
        ModelState.Clear(); // an odd filter value shows everything rather than an error
        return Page();
    }

    public static IReadOnlyList<Choice> Kinds => [.. Vocabularies.Default.BodyKinds.Select(k => new Choice(k.Code, Labels.Of(k.Code)))];
    public static IReadOnlyList<Choice> Levels => Labels.Choices(Vocabularies.Default.Levels);
}
