using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Organisations;

/// <summary>The system's organisations: search by name or ODS code, filter by sector and the place they serve.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ListModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Place { get; set; }

    public sealed record Row(Guid Id, string Name, string? OdsCode, string Sector, string? PlaceName, int People);

    public string Code { get; private set; } = "";
    [TempData] public string? Done { get; set; }
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public PageOf<Row> Organisations { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Organisations", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Places = await RegisterChoices.PlacesAsync(db, system.Id, cancellationToken);
        var search = Q?.Trim().ToLowerInvariant();
        var ods = Q?.Trim().ToUpperInvariant();
        var query = db.Organisations.AsNoTracking().Where(o => o.SystemId == system.Id)
            .Where(o => string.IsNullOrEmpty(search) || o.Name.ToLower().Contains(search) || o.OdsCode == ods)
            .Where(o => Sector == null || o.Sector == Sector)
            .Where(o => Place == null || o.PlaceId == Place)
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new Row(o.Id, o.Name, o.OdsCode, o.Sector,
                db.Places.Where(p => p.Id == o.PlaceId).Select(p => p.Name).FirstOrDefault(),
                db.People.Count(p => p.OrganisationId == o.Id)));
        Organisations = await PageOf<Row>.ReadAsync(query, Paging.Lenient(pageNumber), cancellationToken);
        Pager = new Pager(Organisations.Page, Organisations.Pages, $"/systems/{Code}/organisations", new Dictionary<string, string?>
            { ["q"] = Q, ["sector"] = Sector, ["place"] = Place?.ToString() });
        ModelState.Clear(); // an odd filter value shows everything rather than an error
        return Page();
    }
}
