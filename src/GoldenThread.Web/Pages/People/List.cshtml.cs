using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.People;

/// <summary>The people of the register: search by name or email, filter by profession, seniority, and their employer's place and sector.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class ListModel(GoldenThreadDbContext db) : GoldenThreadPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Profession { get; set; }
    [BindProperty(SupportsGet = true)] public string? Seniority { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Place { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }

    public sealed record Row(Guid Id, string Name, string Profession, string Seniority, decimal Fte, Guid? OrganisationId, string? Organisation);

    public string Code { get; private set; } = "";
    [TempData] public string? Done { get; set; }
    public IReadOnlyList<Choice> Places { get; private set; } = [];
    public PageOf<Row> People { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public static IReadOnlyList<Choice> Professions => Labels.Professions;
    public static IReadOnlyList<Choice> Seniorities => Labels.Choices(Vocabularies.Default.Seniority);
    public static IReadOnlyList<Choice> Sectors => Labels.Sectors;

    public async Task<IActionResult> OnGetAsync(string code, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "People", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        Places = await RegisterChoices.PlacesAsync(db, system.Id, cancellationToken);
        var search = Q?.Trim().ToLowerInvariant();
        var query = db.People.AsNoTracking().Where(p => p.SystemId == system.Id)
            .Where(p => string.IsNullOrEmpty(search) || p.Name.ToLower().Contains(search) || (p.Email != null && p.Email.ToLower().Contains(search)))
            .Where(p => Profession == null || p.Profession == Profession)
            .Where(p => Seniority == null || p.Seniority == Seniority)
            .Where(p => Place == null || db.Organisations.Any(o => o.Id == p.OrganisationId && o.PlaceId == Place))
            .Where(p => Sector == null || db.Organisations.Any(o => o.Id == p.OrganisationId && o.Sector == Sector))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, p.Name, p.Profession, p.Seniority, p.Fte, p.OrganisationId,
                db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault()));
        People = await PageOf<Row>.ReadAsync(query, Paging.Lenient(pageNumber), cancellationToken);
        Pager = new Pager(People.Page, People.Pages, $"/systems/{Code}/people", new Dictionary<string, string?>
            { ["q"] = Q, ["profession"] = Profession, ["seniority"] = Seniority, ["place"] = Place?.ToString(), ["sector"] = Sector });
        ModelState.Clear(); // an odd filter value shows everyone rather than an error
        return Page();
    }
}
