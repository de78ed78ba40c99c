using GoldenThread.Data;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Bodies;

/// <summary>One body: what it is, what it feeds into and what feeds it, and who sits on it now and who did before.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class DetailModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public sealed record About(Guid Id, string Name, string Kind, string Level, string? PlaceName, string? NeighbourhoodName, string? Topic,
        string DecisionRights, string? Cadence, DateOnly? ActiveFrom, DateOnly? ActiveTo, int Version);
    public sealed record Link(Guid Id, string Name);
    public sealed record Seat(Guid Id, Guid PersonId, string PersonName, string Role, string Capacity, DateOnly Start, DateOnly? End,
        decimal HoursPerMonth, Guid? FundedById, string? FundedBy);

    public string Code { get; private set; } = "";
    public About Body { get; private set; } = null!;
    public IReadOnlyList<Link> FeedsInto { get; private set; } = [];
    public IReadOnlyList<Link> FedBy { get; private set; } = [];
    public IReadOnlyList<Seat> Current { get; private set; } = [];
    public IReadOnlyList<Seat> Past { get; private set; } = [];
    public DateOnly Today { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid bodyId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Body", cancellationToken) is not { } system) return NotFound();
        var body = await db.Bodies.AsNoTracking().Where(b => b.SystemId == system.Id && b.Id == bodyId)
            .Select(b => new About(b.Id, b.Name, b.Kind, b.Level,
                db.Places.Where(p => p.Id == b.PlaceId).Select(p => p.Name).FirstOrDefault(),
                db.Neighbourhoods.Where(n => n.Id == b.NeighbourhoodId).Select(n => n.Name).FirstOrDefault(),
                b.Topic, b.DecisionRights, b.Cadence, b.ActiveFrom, b.ActiveTo, b.Version))
            .SingleOrDefaultAsync(cancellationToken);
        if (body is null) return NotFound();
        (Code, Body, Title, Today) = (system.Code, body, body.Name, UkTime.Today(time));
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Leadership bodies", $"/systems/{Code}/bodies")];

        FeedsInto = await db.BodyFeeds.AsNoTracking().Where(f => f.BodyId == bodyId)
            .Join(db.Bodies, f => f.FeedsIntoBodyId, b => b.Id, (f, b) => b).OrderBy(b => b.Name).Select(b => new Link(b.Id, b.Name)).ToListAsync(cancellationToken);
        FedBy = await db.BodyFeeds.AsNoTracking().Where(f => f.FeedsIntoBodyId == bodyId)
            .Join(db.Bodies, f => f.BodyId, b => b.Id, (f, b) => b).OrderBy(b => b.Name).Select(b => new Link(b.Id, b.Name)).ToListAsync(cancellationToken);
        var seats = await db.Memberships.AsNoTracking().Where(m => m.BodyId == bodyId)
            .Join(db.People, m => m.PersonId, p => p.Id, (m, p) => new Seat(m.Id, p.Id, p.Name, m.Role, m.Capacity, m.Start, m.End, m.HoursPerMonth, m.FundedByOrganisationId,
                db.Organisations.Where(o => o.Id == m.FundedByOrganisationId).Select(o => o.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        Current = [.. seats.Where(s => s.End is null || s.End >= Today).OrderBy(s => RoleOrder(s.Role)).ThenBy(s => s.PersonName)];
        Past = [.. seats.Where(s => s.End < Today).OrderByDescending(s => s.End).ThenBy(s => s.PersonName)];
        return Page();
    }

    private static int RoleOrder(string role) => GoldenThread.Network.Vocabularies.Default.MembershipRoles.ToList().IndexOf(role);

    public bool MayEditBody => User.MayEditRegister(Code);
    public bool MayEditMembers => User.MayEditMembersOf(Code, Body.Id);
}
