using GoldenThread.Data.Network;
using GoldenThread.Interchange;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Interchange;

/// <summary>
/// Writes one system's network as a <c>goldenthread/network/v1</c> document. Rows are listed in an order that
/// depends only on their content (name first) and numbered from it (<c>p1</c>, <c>u1</c>…), so exporting the
/// same network twice gives the same file. Special category data is never part of it.
/// </summary>
public static class NetworkExport
{
    public static async Task<NetworkDocument?> ExportAsync(GoldenThreadDbContext db, string code, CancellationToken cancellationToken)
    {
        var system = await db.Systems.AsNoTracking().WithCode(code).SingleOrDefaultAsync(cancellationToken);
        if (system is null) return null;
        var places = await db.Places.AsNoTracking().Where(p => p.SystemId == system.Id).ToListAsync(cancellationToken);
        var neighbourhoods = await db.Neighbourhoods.AsNoTracking().Where(n => n.SystemId == system.Id).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.SystemId == system.Id).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.SystemId == system.Id).ToListAsync(cancellationToken);
        var bodies = await db.Bodies.AsNoTracking().Include(b => b.FeedsInto).Where(b => b.SystemId == system.Id).ToListAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.SystemId == system.Id).ToListAsync(cancellationToken);
        var posts = await db.Posts.AsNoTracking().Include(p => p.Successors).Where(p => p.SystemId == system.Id).ToListAsync(cancellationToken);

        var placeIds = Number("p", places.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Population), p => p.Id);
        var neighbourhoodIds = Number("n", neighbourhoods.OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => placeIds[n.PlaceId], StringComparer.Ordinal), n => n.Id);
        var organisationIds = Number("o", organisations.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.OdsCode, StringComparer.Ordinal), o => o.Id);
        var personIds = Number("u", people.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Email, StringComparer.Ordinal).ThenBy(p => p.Profession, StringComparer.Ordinal), p => p.Id);
        var bodyIds = Number("b", bodies.OrderBy(b => b.Name, StringComparer.Ordinal).ThenBy(b => b.Kind, StringComparer.Ordinal), b => b.Id);
        var postIds = Number("r", posts.OrderBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Level, StringComparer.Ordinal), p => p.Id);
        string? Ref(Dictionary<Guid, string> ids, Guid? id) => id is { } value ? ids[value] : null;

        return new NetworkDocument
        {
            System = new SystemRecord(system.Code, system.Name, system.Region, system.Population, [.. system.PriorityAreas]),
            Places = [.. places.Select(p => new PlaceRecord(placeIds[p.Id], p.Name, p.Population, p.LocalAuthorityTier)).OrderBy(r => Order(r.Id))],
            Neighbourhoods = [.. neighbourhoods.Select(n => new NeighbourhoodRecord(neighbourhoodIds[n.Id], n.Name, placeIds[n.PlaceId], n.Population)).OrderBy(r => Order(r.Id))],
            Organisations = [.. organisations.Select(o => new OrganisationRecord(organisationIds[o.Id], o.Name, o.OdsCode, o.Sector, Ref(placeIds, o.PlaceId))).OrderBy(r => Order(r.Id))],
            People = [.. people.Select(p => new PersonRecord(personIds[p.Id], p.Name, p.Profession, p.Specialty, p.Setting, Ref(organisationIds, p.OrganisationId), p.Seniority, p.Fte, p.Lay) { Email = p.Email }).OrderBy(r => Order(r.Id))],
            Bodies = [.. bodies.Select(b => new BodyRecord(bodyIds[b.Id], b.Name, b.Kind, b.Level, Ref(placeIds, b.PlaceId), b.Topic, b.DecisionRights,
                    [.. b.FeedsInto.Select(f => bodyIds[f.FeedsIntoBodyId]).OrderBy(Order)])
                { NeighbourhoodId = Ref(neighbourhoodIds, b.NeighbourhoodId), Cadence = b.Cadence, ActiveFrom = b.ActiveFrom, ActiveTo = b.ActiveTo })
                .OrderBy(r => Order(r.Id))],
            Memberships = [.. memberships.Select(m => new MembershipRecord(personIds[m.PersonId], bodyIds[m.BodyId], m.Role, m.Capacity, m.Start, m.End, m.HoursPerMonth, Ref(organisationIds, m.FundedByOrganisationId)))
                .OrderBy(m => Order(m.BodyId)).ThenBy(m => Order(m.PersonId)).ThenBy(m => m.Start).ThenBy(m => m.Role, StringComparer.Ordinal)],
            Posts = [.. posts.Select(p => new PostRecord(postIds[p.Id], p.Title, p.Level, Ref(placeIds, p.PlaceId), [.. p.Professions], p.SessionsPerWeek,
                    Ref(organisationIds, p.FundedByOrganisationId), Ref(personIds, p.HolderPersonId), p.HolderSince, p.OpenlyAdvertised,
                    [.. p.Successors.Select(s => new SuccessorRecord(personIds[s.PersonId], s.Readiness)).OrderBy(s => Order(s.PersonId))]))
                .OrderBy(r => Order(r.Id))],
        };
    }

    private static Dictionary<Guid, string> Number<T>(string prefix, IEnumerable<T> rows, Func<T, Guid> id) =>
        rows.Select((row, i) => (id(row), $"{prefix}{i + 1}")).ToDictionary(x => x.Item1, x => x.Item2);

    /// <summary>File ids sort by their number: p2 before p10.</summary>
    private static int Order(string fileId) => int.Parse(fileId.AsSpan(1));
}
