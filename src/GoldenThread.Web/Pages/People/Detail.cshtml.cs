using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Development;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.People;

/// <summary>
/// One person: their profile, every body they sit or sat on, the posts they hold and the posts they could succeed to; and,
/// for themselves and the leadership team, their development record and the time their employer released for it.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public sealed record Profile(Guid Id, string Name, string? Email, string Profession, string? Specialty, string Setting,
        Guid? OrganisationId, string? Organisation, string Seniority, decimal Fte, bool Lay);
    public sealed record Seat(Guid BodyId, string Body, string Role, string Capacity, DateOnly Start, DateOnly? End, decimal HoursPerMonth);

    public string Code { get; private set; } = "";
    public Profile Person { get; private set; } = null!;
    public IReadOnlyList<Seat> Seats { get; private set; } = [];
    public IReadOnlyList<RegisterLink> Holds { get; private set; } = [];
    public IReadOnlyList<RegisterLink> SuccessorFor { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool MayEdit { get; private set; }
    /// <summary>Null when the reader may not see the record (only the person and those who keep the register may).</summary>
    public IReadOnlyList<DevelopmentActivity>? Development { get; private set; }
    public IReadOnlyList<DevelopmentYear> DevelopmentYears { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid personId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Person", cancellationToken) is not { } system) return NotFound();
        var person = await db.People.AsNoTracking().Where(p => p.SystemId == system.Id && p.Id == personId)
            .Select(p => new Profile(p.Id, p.Name, p.Email, p.Profession, p.Specialty, p.Setting, p.OrganisationId,
                db.Organisations.Where(o => o.Id == p.OrganisationId).Select(o => o.Name).FirstOrDefault(), p.Seniority, p.Fte, p.Lay))
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null) return NotFound();
        (Code, Person, Title, Today) = (system.Code, person, person.Name, UkTime.Today(time));
        Breadcrumbs = [.. Breadcrumbs, new Crumb("People", $"/systems/{Code}/people")];
        MayEdit = User.MayEditProfileOf(Code, personId);

        Seats = [.. (await db.Memberships.AsNoTracking().Where(m => m.PersonId == personId)
                .Join(db.Bodies, m => m.BodyId, b => b.Id, (m, b) => new Seat(b.Id, b.Name, m.Role, m.Capacity, m.Start, m.End, m.HoursPerMonth))
                .ToListAsync(cancellationToken))
            .OrderBy(s => s.End is not null && s.End < Today).ThenByDescending(s => s.Start)];
        Holds = [.. (await db.Posts.AsNoTracking().Where(p => p.HolderPersonId == personId)
                .Select(p => new { p.Id, p.Title, p.HolderSince }).ToListAsync(cancellationToken))
            .Select(p => new RegisterLink($"/systems/{Code}/posts/{p.Id}", p.Title, p.HolderSince is null ? null : $"since {UkTime.Day(p.HolderSince)}"))];
        SuccessorFor = [.. (await db.PostSuccessors.AsNoTracking().Where(s => s.PersonId == personId)
                .Join(db.Posts, s => s.PostId, p => p.Id, (s, p) => new { p.Id, p.Title, s.Readiness }).ToListAsync(cancellationToken))
            .Select(p => new RegisterLink($"/systems/{Code}/posts/{p.Id}", p.Title, Labels.Readiness(p.Readiness)))];
        if (MayEdit)
        {
            Development = await DevelopmentRecordReading.ReadAsync(db, Code, personId, Today, forSelf: User.PersonId() == personId, cancellationToken);
            DevelopmentYears = DevelopmentRecord.Years(Development);
        }
        return Page();
    }
}
