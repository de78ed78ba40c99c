using System.Globalization;

namespace GoldenThread.Interchange;

/// <summary>
/// Writes one system's network as a <c>goldenthread/network/v1</c> document. Rows are listed in an order that
/// depends only on their content (name first) and numbered from it (<c>p1</c>, <c>u1</c>…), so exporting the
/// same network twice gives the same file. Special category data is never part of it. Pure: the store loads the rows.
/// </summary>
public static class NetworkExport
{
    public static NetworkDocument Document(NetworkEntities rows)
    {
        var (system, places, neighbourhoods, organisations, people, bodies, memberships, posts) = rows;
        // Rows are numbered in the order of their content; ties (two people of the same name) are broken by what
        // hangs off them, so the numbering never depends on the stored ids.
        var bodyNames = bodies.ToDictionary(b => b.Id, b => b.Name);
        var personNames = people.ToDictionary(p => p.Id, p => p.Name);
        var seats = memberships.ToLookup(m => m.PersonId, m => Key(bodyNames[m.BodyId], m.Start, m.Role));
        var members = memberships.ToLookup(m => m.BodyId, m => Key(personNames[m.PersonId], m.Start, m.Role));
        var neighbourhoodNames = neighbourhoods.ToLookup(n => n.PlaceId, n => n.Name);
        var placeIds = Number("p", places, p => p.Id, p => Key(p.Name, p.Population, p.LocalAuthorityTier, Signature(neighbourhoodNames[p.Id])));
        var neighbourhoodIds = Number("n", neighbourhoods, n => n.Id, n => Key(n.Name, placeIds[n.PlaceId], n.Population));
        var organisationIds = Number("o", organisations, o => o.Id, o => Key(o.Name, o.OdsCode, o.Sector, Ref(placeIds, o.PlaceId)));
        var personIds = Number("u", people, p => p.Id, p => Key(p.Name, p.Email, p.Profession, p.Specialty, p.Setting,
            Ref(organisationIds, p.OrganisationId), p.Seniority, p.Fte, p.Lay, Signature(seats[p.Id])));
        var bodyIds = Number("b", bodies, b => b.Id, b => Key(b.Name, b.Kind, b.Level, Ref(placeIds, b.PlaceId),
            Ref(neighbourhoodIds, b.NeighbourhoodId), b.Topic, b.DecisionRights, b.Cadence, b.ActiveFrom, b.ActiveTo, Signature(members[b.Id])));
        var postIds = Number("r", posts, p => p.Id, p => Key(p.Title, p.Level, Ref(placeIds, p.PlaceId), Ref(personIds, p.HolderPersonId),
            p.HolderSince, p.SessionsPerWeek, Signature(p.Professions)));

        return new NetworkDocument
        {
            System = new SystemRecord(system.Code, system.Name, system.Region, system.Population, [.. system.PriorityAreas]),
            Places = [.. places.Select(p => new PlaceRecord(placeIds[p.Id], p.Name, p.Population, p.LocalAuthorityTier)).OrderBy(r => Order(r.Id))],
            Neighbourhoods = [.. neighbourhoods.Select(n => new NeighbourhoodRecord(neighbourhoodIds[n.Id], n.Name, placeIds[n.PlaceId], n.Population)).OrderBy(r => Order(r.Id))],
            Organisations = [.. organisations.Select(o => new OrganisationRecord(organisationIds[o.Id], o.Name, o.OdsCode, o.Sector, Ref(placeIds, o.PlaceId))).OrderBy(r => Order(r.Id))],
            People = [.. people.Select(p => new PersonRecord(personIds[p.Id], p.Name, p.Profession, p.Specialty, p.Setting, Ref(organisationIds, p.OrganisationId), p.Seniority, Plain(p.Fte), p.Lay) { Email = p.Email }).OrderBy(r => Order(r.Id))],
            Bodies = [.. bodies.Select(b => new BodyRecord(bodyIds[b.Id], b.Name, b.Kind, b.Level, Ref(placeIds, b.PlaceId), b.Topic, b.DecisionRights,
                    [.. b.FeedsInto.Select(f => bodyIds[f.FeedsIntoBodyId]).OrderBy(Order)])
                { NeighbourhoodId = Ref(neighbourhoodIds, b.NeighbourhoodId), Cadence = b.Cadence, ActiveFrom = b.ActiveFrom, ActiveTo = b.ActiveTo })
                .OrderBy(r => Order(r.Id))],
            Memberships = [.. memberships.Select(m => new MembershipRecord(personIds[m.PersonId], bodyIds[m.BodyId], m.Role, m.Capacity, m.Start, m.End, Plain(m.HoursPerMonth), Ref(organisationIds, m.FundedByOrganisationId)))
                .OrderBy(m => Order(m.BodyId)).ThenBy(m => Order(m.PersonId)).ThenBy(m => m.Start).ThenBy(m => m.Role, StringComparer.Ordinal)],
            Posts = [.. posts.Select(p => new PostRecord(postIds[p.Id], p.Title, p.Level, Ref(placeIds, p.PlaceId), [.. p.Professions], Plain(p.SessionsPerWeek),
                    Ref(organisationIds, p.FundedByOrganisationId), Ref(personIds, p.HolderPersonId), p.HolderSince, p.OpenlyAdvertised,
                    [.. p.Successors.Select(s => new SuccessorRecord(personIds[s.PersonId], s.Readiness)).OrderBy(s => Order(s.PersonId))]))
                .OrderBy(r => Order(r.Id))],
        };
    }

    private static Dictionary<Guid, string> Number<T>(string prefix, IEnumerable<T> rows, Func<T, Guid> id, Func<T, string> content) =>
        rows.OrderBy(content, StringComparer.Ordinal)
            .Select((row, i) => (id(row), $"{prefix}{i + 1}")).ToDictionary(x => x.Item1, x => x.Item2);

    private static string? Ref(Dictionary<Guid, string> ids, Guid? id) => id is { } value ? ids[value] : null;

    /// <summary>Values joined by a separator that no text field holds; numbers and dates in invariant form.</summary>
    private static string Key(params object?[] values) =>
        string.Join('\u001f', values.Select(v => v switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            decimal d => Plain(d).ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));

    /// <summary>0.80 read back from a numeric column is written as 0.8, as the file had it.</summary>
    private static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    private static string Signature(IEnumerable<string> parts) => string.Join('\u001e', parts.Order(StringComparer.Ordinal));

    /// <summary>File ids sort by their number: p2 before p10.</summary>
    private static int Order(string fileId) => int.Parse(fileId.AsSpan(1));
}
