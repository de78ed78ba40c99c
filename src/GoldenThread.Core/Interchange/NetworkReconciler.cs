using GoldenThread.Network;
using static GoldenThread.Interchange.NaturalKeys;

namespace GoldenThread.Interchange;

/// <summary>
/// Turns the stored rows of a system into the rows an incoming network file describes, keeping each stored row
/// the file still describes (so its id, and everything outside the network that refers to it, survives) and
/// changing its values in place. Rows are recognised by <see cref="NaturalKeys"/>: places and bodies by name,
/// organisations by ODS code then name (never across two different ODS codes), people by email then name and
/// organisation then name (two different emails only within one organisation), memberships by person, body and start then by person, body and role, posts by
/// title and place then title. Every kind first tries a key of all its values, so namesakes keep their own ids.
/// The file must be valid.
/// </summary>
public static class NetworkReconciler
{
    /// <summary>The rows after the import, and the stored rows it removes (children of removed rows included).</summary>
    public sealed record Reconciliation(NetworkEntities Rows, IReadOnlyList<object> Removed);

    public static Reconciliation Reconcile(NetworkEntities? stored, NetworkDocument incoming)
    {
        var removed = new List<object>();
        var system = stored?.System ?? new IntegratedCareSystem
            { Code = incoming.System.Code, Name = incoming.System.Name, Region = incoming.System.Region };
        system.Code = incoming.System.Code;
        system.Name = incoming.System.Name;
        system.Region = incoming.System.Region;
        system.Population = incoming.System.Population;
        if (!system.PriorityAreas.SequenceEqual(incoming.System.PriorityAreas)) system.PriorityAreas = [.. incoming.System.PriorityAreas];
        var sid = system.Id;

        var places = Merge(stored?.Places, incoming.Places, r => r.Id, removed,
            r => new Place { SystemId = sid, Name = r.Name, LocalAuthorityTier = r.LocalAuthorityTier },
            (row, r) => { row.Name = r.Name; row.Population = r.Population; row.LocalAuthorityTier = r.LocalAuthorityTier; },
            By<Place, PlaceRecord>(p => Exact(p.Name, p.Population, p.LocalAuthorityTier), r => Exact(r.Name, r.Population, r.LocalAuthorityTier)),
            By<Place, PlaceRecord>(p => p.Name, r => r.Name));
        var neighbourhoods = Merge(stored?.Neighbourhoods, incoming.Neighbourhoods, r => r.Id, removed,
            r => new Neighbourhood { SystemId = sid, Name = r.Name },
            (row, r) => { row.Name = r.Name; row.PlaceId = places[r.PlaceId].Id; row.Population = r.Population; },
            By<Neighbourhood, NeighbourhoodRecord>(n => Exact(n.PlaceId, n.Name, n.Population), r => Exact(places[r.PlaceId].Id, r.Name, r.Population)),
            By<Neighbourhood, NeighbourhoodRecord>(n => $"{n.PlaceId}|{n.Name}", r => $"{places[r.PlaceId].Id}|{r.Name}"));
        var organisations = Merge(stored?.Organisations, incoming.Organisations, r => r.Id, removed,
            (o, r) => Same(o.OdsCode, r.OdsCode),
            r => new Organisation { SystemId = sid, Name = r.Name, Sector = r.Sector },
            (row, r) => { row.Name = r.Name; row.OdsCode = r.OdsCode; row.Sector = r.Sector; row.PlaceId = Ref(places, r.PlaceId)?.Id; },
            By<Organisation, OrganisationRecord>(o => Exact(o.Name, o.OdsCode, o.Sector, o.PlaceId), r => Exact(r.Name, r.OdsCode, r.Sector, Ref(places, r.PlaceId)?.Id)),
            By<Organisation, OrganisationRecord>(o => o.OdsCode, r => r.OdsCode),
            By<Organisation, OrganisationRecord>(o => o.Name, r => r.Name));
        var people = Merge(stored?.People, incoming.People, r => r.Id, removed,
            // A new email at the same organisation is a correction; at another, another person.
            (p, r) => Same(p.Email, r.Email) || p.OrganisationId == Ref(organisations, r.OrganisationId)?.Id,
            r => new Person { SystemId = sid, Name = r.Name, Profession = r.Profession, Setting = r.Setting, Seniority = r.Seniority },
            (row, r) =>
            {
                row.Name = r.Name; row.Email = r.Email; row.Profession = r.Profession; row.Specialty = r.Specialty;
                row.Setting = r.Setting; row.OrganisationId = Ref(organisations, r.OrganisationId)?.Id;
                row.Seniority = r.Seniority; row.Fte = r.Fte; row.Lay = r.Lay;
            },
            By<Person, PersonRecord>(p => Exact(p.Name, p.Email, p.Profession, p.Specialty, p.Setting, p.OrganisationId, p.Seniority, p.Fte, p.Lay),
                r => Exact(r.Name, r.Email, r.Profession, r.Specialty, r.Setting, Ref(organisations, r.OrganisationId)?.Id, r.Seniority, r.Fte, r.Lay)),
            By<Person, PersonRecord>(p => p.Email, r => r.Email),
            By<Person, PersonRecord>(p => $"{p.Name}|{p.OrganisationId}", r => $"{r.Name}|{Ref(organisations, r.OrganisationId)?.Id}"),
            By<Person, PersonRecord>(p => p.Name, r => r.Name));
        var bodies = Merge(stored?.Bodies, incoming.Bodies, r => r.Id, removed,
            r => new Body { SystemId = sid, Name = r.Name, Kind = r.Kind, Level = r.Level, DecisionRights = r.DecisionRights },
            (row, r) =>
            {
                row.Name = r.Name; row.Kind = r.Kind; row.Level = r.Level; row.PlaceId = Ref(places, r.PlaceId)?.Id;
                row.NeighbourhoodId = Ref(neighbourhoods, r.NeighbourhoodId)?.Id; row.Topic = r.Topic;
                row.DecisionRights = r.DecisionRights; row.Cadence = r.Cadence; row.ActiveFrom = r.ActiveFrom; row.ActiveTo = r.ActiveTo;
            },
            By<Body, BodyRecord>(b => Exact(b.Name, b.Kind, b.Level, b.PlaceId, b.NeighbourhoodId, b.Topic, b.DecisionRights, b.Cadence, b.ActiveFrom, b.ActiveTo),
                r => Exact(r.Name, r.Kind, r.Level, Ref(places, r.PlaceId)?.Id, Ref(neighbourhoods, r.NeighbourhoodId)?.Id, r.Topic, r.DecisionRights, r.Cadence, r.ActiveFrom, r.ActiveTo)),
            By<Body, BodyRecord>(b => $"{b.Name}|{b.PlaceId}", r => $"{r.Name}|{Ref(places, r.PlaceId)?.Id}"),
            By<Body, BodyRecord>(b => b.Name, r => r.Name));
        foreach (var r in incoming.Bodies)
        {
            var body = bodies[r.Id];
            body.FeedsInto = MergeChildren(body.FeedsInto, r.FeedsInto.Select(target => bodies[target].Id).ToList(), removed,
                target => new BodyFeed { SystemId = sid, BodyId = body.Id, FeedsIntoBodyId = target },
                (_, _) => { }, By<BodyFeed, Guid>(f => f.FeedsIntoBodyId.ToString(), target => target.ToString()));
        }

        var indexed = incoming.Memberships.Select((m, i) => (Index: i.ToString(), Record: m)).ToList();
        var memberships = Merge(stored?.Memberships, indexed, m => m.Index, removed,
            m => new Membership { SystemId = sid, Role = m.Record.Role, Capacity = m.Record.Capacity },
            (row, m) =>
            {
                var r = m.Record;
                row.PersonId = people[r.PersonId].Id; row.BodyId = bodies[r.BodyId].Id; row.Role = r.Role; row.Capacity = r.Capacity;
                row.Start = r.Start; row.End = r.End; row.HoursPerMonth = r.HoursPerMonth;
                row.FundedByOrganisationId = Ref(organisations, r.FundedByOrganisationId)?.Id;
            },
            By<Membership, (string Index, MembershipRecord Record)>(m => Exact(m.PersonId, m.BodyId, m.Role, m.Capacity, m.Start, m.End, m.HoursPerMonth, m.FundedByOrganisationId),
                m => Exact(people[m.Record.PersonId].Id, bodies[m.Record.BodyId].Id, m.Record.Role, m.Record.Capacity, m.Record.Start, m.Record.End, m.Record.HoursPerMonth, Ref(organisations, m.Record.FundedByOrganisationId)?.Id)),
            By<Membership, (string Index, MembershipRecord Record)>(m => $"{m.PersonId}|{m.BodyId}|{m.Start:O}", m => $"{people[m.Item2.PersonId].Id}|{bodies[m.Item2.BodyId].Id}|{m.Item2.Start:O}"),
            By<Membership, (string Index, MembershipRecord Record)>(m => $"{m.PersonId}|{m.BodyId}|{m.Role}", m => $"{people[m.Item2.PersonId].Id}|{bodies[m.Item2.BodyId].Id}|{m.Item2.Role}"));
        var posts = Merge(stored?.Posts, incoming.Posts, r => r.Id, removed,
            r => new Post { SystemId = sid, Title = r.Title, Level = r.Level },
            (row, r) =>
            {
                row.Title = r.Title; row.Level = r.Level; row.PlaceId = Ref(places, r.PlaceId)?.Id;
                if (!row.Professions.SequenceEqual(r.Professions)) row.Professions = [.. r.Professions];
                row.SessionsPerWeek = r.SessionsPerWeek; row.FundedByOrganisationId = Ref(organisations, r.FundedByOrganisationId)?.Id;
                row.HolderPersonId = Ref(people, r.HolderPersonId)?.Id; row.HolderSince = r.HolderSince; row.OpenlyAdvertised = r.OpenlyAdvertised;
                row.Successors = MergeChildren(row.Successors, r.Successors, removed,
                    s => new PostSuccessor { SystemId = sid, PostId = row.Id, PersonId = people[s.PersonId].Id, Readiness = s.Readiness },
                    (successor, s) => successor.Readiness = s.Readiness,
                    By<PostSuccessor, SuccessorRecord>(s => s.PersonId.ToString(), s => people[s.PersonId].Id.ToString()));
            },
            By<Post, PostRecord>(p => Exact(p.Title, p.Level, p.PlaceId, p.HolderPersonId, p.HolderSince, p.SessionsPerWeek, p.FundedByOrganisationId, p.OpenlyAdvertised, string.Join(',', p.Professions)),
                r => Exact(r.Title, r.Level, Ref(places, r.PlaceId)?.Id, Ref(people, r.HolderPersonId)?.Id, r.HolderSince, r.SessionsPerWeek, Ref(organisations, r.FundedByOrganisationId)?.Id, r.OpenlyAdvertised, string.Join(',', r.Professions))),
            By<Post, PostRecord>(p => $"{p.Title}|{p.PlaceId}", r => $"{r.Title}|{Ref(places, r.PlaceId)?.Id}"),
            By<Post, PostRecord>(p => p.Title, r => r.Title));
        RemoveChildrenOfRemoved(removed);

        var rows = new NetworkEntities(system,
            [.. incoming.Places.Select(r => places[r.Id])], [.. incoming.Neighbourhoods.Select(r => neighbourhoods[r.Id])],
            [.. incoming.Organisations.Select(r => organisations[r.Id])], [.. incoming.People.Select(r => people[r.Id])],
            [.. incoming.Bodies.Select(r => bodies[r.Id])], [.. indexed.Select(m => memberships[m.Index])],
            [.. incoming.Posts.Select(r => posts[r.Id])]);
        return new Reconciliation(rows, [.. removed.Distinct()]);
    }

    private static Dictionary<string, TRow> Merge<TRow, TRecord>(
        IReadOnlyList<TRow>? stored, IReadOnlyList<TRecord> incoming, Func<TRecord, string> fileId, List<object> removed,
        Func<TRecord, TRow> create, Action<TRow, TRecord> copy, params Key<TRow, TRecord>[] keys) where TRow : class =>
        Merge(stored, incoming, fileId, removed, (_, _) => true, create, copy, keys);

    private static Dictionary<string, TRow> Merge<TRow, TRecord>(
        IReadOnlyList<TRow>? stored, IReadOnlyList<TRecord> incoming, Func<TRecord, string> fileId, List<object> removed,
        Func<TRow, TRecord, bool> compatible, Func<TRecord, TRow> create, Action<TRow, TRecord> copy, params Key<TRow, TRecord>[] keys)
        where TRow : class
    {
        var pairing = Pair(stored ?? [], incoming, compatible, keys);
        var rows = new Dictionary<string, TRow>(incoming.Count, StringComparer.Ordinal);
        foreach (var (row, record) in pairing.Pairs) rows[fileId(record)] = row;
        foreach (var record in pairing.New) rows[fileId(record)] = create(record);
        foreach (var record in incoming) copy(rows[fileId(record)], record);
        removed.AddRange(pairing.Gone);
        return rows;
    }

    private static List<TRow> MergeChildren<TRow, TRecord>(
        IReadOnlyList<TRow> stored, IReadOnlyList<TRecord> incoming, List<object> removed,
        Func<TRecord, TRow> create, Action<TRow, TRecord> copy, Key<TRow, TRecord> key) where TRow : class
    {
        var indexed = incoming.Select((record, i) => (Index: i, Record: record)).ToList();
        var pairing = Pair(stored, indexed, new Key<TRow, (int Index, TRecord Record)>(key.OfStored, r => key.OfIncoming(r.Record)));
        removed.AddRange(pairing.Gone);
        var rows = new TRow[incoming.Count];
        foreach (var (row, record) in pairing.Pairs) rows[record.Index] = row;
        foreach (var record in pairing.New) rows[record.Index] = create(record.Record);
        foreach (var (index, record) in indexed) copy(rows[index], record);
        return [.. rows];
    }

    /// <summary>A removed body takes its feeds-into edges with it, a removed post its successors.</summary>
    private static void RemoveChildrenOfRemoved(List<object> removed)
    {
        foreach (var row in removed.ToList())
        {
            if (row is Body body) removed.AddRange(body.FeedsInto);
            if (row is Post post) removed.AddRange(post.Successors);
        }
    }

    /// <summary>
    /// Every value of a row as one key, tried before any looser key: when two rows share a name (two "Place clinical
    /// director" posts), each stored row pairs first with the incoming row that is exactly it, so ids never swap.
    /// </summary>
    private static string Exact(params object?[] values) =>
        string.Join('\u001f', values.Select(v => v switch
        {
            null => "",
            decimal d => d.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));

    /// <summary>Two identifiers that are both given and differ mean two different things (people, organisations).</summary>
    private static bool Same(string? stored, string? incoming) =>
        stored is null || incoming is null || string.Equals(stored.Trim(), incoming.Trim(), StringComparison.OrdinalIgnoreCase);

    private static T? Ref<T>(Dictionary<string, T> rows, string? id) where T : class => id is null ? null : rows[id];
}
