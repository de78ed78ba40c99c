using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Development;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Organisations;

/// <summary>
/// One organisation: what it is, where it serves, who it employs, the leadership time it pays for, and (for the leadership
/// team) the time it released for its people's development.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public sealed record About(Guid Id, string Name, string? OdsCode, string Sector, Guid? PlaceId, string? PlaceName);

    public string Code { get; private set; } = "";
    public About Organisation { get; private set; } = null!;
    public IReadOnlyList<RegisterLink> People { get; private set; } = [];
    public IReadOnlyList<RegisterLink> FundedMemberships { get; private set; } = [];
    public IReadOnlyList<RegisterLink> FundedPosts { get; private set; } = [];
    /// <summary>Null when the reader may not see it: people's development records are theirs and the leadership team's.</summary>
    public IReadOnlyList<DevelopmentYearOfMany>? DevelopmentYears { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid organisationId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Organisation", cancellationToken) is not { } system) return NotFound();
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.SystemId == system.Id && o.Id == organisationId)
            .Select(o => new About(o.Id, o.Name, o.OdsCode, o.Sector, o.PlaceId, db.Places.Where(p => p.Id == o.PlaceId).Select(p => p.Name).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
        if (organisation is null) return NotFound();
        (Code, Organisation, Title) = (system.Code, organisation, organisation.Name);
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Organisations", $"/systems/{Code}/organisations")];

        var employed = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Profession }).ToListAsync(cancellationToken);
        People = [.. employed.Select(p => new RegisterLink($"/systems/{Code}/people/{p.Id}", p.Name, Labels.Profession(p.Profession)))];
        if (MayEdit)
            DevelopmentYears = DevelopmentRecord.YearsOfEach(await DevelopmentRecordReading.ReadAsync(db, Code, [.. employed.Select(p => p.Id)],
                UkTime.Today(time), User.PersonId(), cancellationToken));
        FundedMemberships = [.. (await db.Memberships.AsNoTracking().Where(m => m.FundedByOrganisationId == organisationId)
                .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new { m.BodyId, m.Role, m.Start, m.End, Person = p.Name })
                .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new { m.BodyId, m.Role, m.Start, m.End, m.Person, Body = b.Name })
                .OrderBy(m => m.Body).ThenBy(m => m.Person).ToListAsync(cancellationToken))
            .Select(m => new RegisterLink($"/systems/{Code}/bodies/{m.BodyId}", $"{m.Person}, {Labels.Of(m.Role).ToLowerInvariant()} of {m.Body}",
                $"{UkTime.Day(m.Start)} to {(m.End is null ? "now" : UkTime.Day(m.End))}"))];
        FundedPosts = [.. (await db.Posts.AsNoTracking().Where(p => p.FundedByOrganisationId == organisationId).OrderBy(p => p.Title)
                .Select(p => new { p.Id, p.Title, p.SessionsPerWeek }).ToListAsync(cancellationToken))
            .Select(p => new RegisterLink($"/systems/{Code}/posts/{p.Id}", p.Title, $"{p.SessionsPerWeek:0.#} sessions a week"))];
        return Page();
    }

    public bool MayEdit => User.MayEditRegister(Code);
}
