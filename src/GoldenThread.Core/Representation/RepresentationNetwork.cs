using GoldenThread.Interchange;

namespace GoldenThread.Representation;

/// <summary>
/// One system's network, indexed for the representation rules: people with their organisation, bodies with their
/// memberships, on string ids (the file's ids, or stored ids as text). Built once per evaluation; read-only.
/// </summary>
public sealed class RepresentationNetwork
{
    public NetworkDocument Document { get; }
    public IReadOnlyDictionary<string, PersonFacts> People { get; }
    public IReadOnlyDictionary<string, BodyRecord> Bodies { get; }
    public IReadOnlyDictionary<string, OrganisationRecord> Organisations { get; }
    public IReadOnlyDictionary<string, PlaceRecord> Places { get; }
    private readonly ILookup<string, MembershipRecord> membershipsByBody;
    private readonly ILookup<string, MembershipRecord> membershipsByPerson;

    public RepresentationNetwork(NetworkDocument document)
    {
        Document = document;
        Organisations = document.Organisations.ToDictionary(o => o.Id);
        Places = document.Places.ToDictionary(p => p.Id);
        People = document.People.ToDictionary(p => p.Id,
            p => new PersonFacts(p, p.OrganisationId is { } org ? Organisations.GetValueOrDefault(org) : null));
        Bodies = document.Bodies.ToDictionary(b => b.Id);
        membershipsByBody = document.Memberships.ToLookup(m => m.BodyId);
        membershipsByPerson = document.Memberships.ToLookup(m => m.PersonId);
    }

    /// <summary>Stored rows, with their ids as text, so findings link back to the register.</summary>
    public static RepresentationNetwork From(NetworkEntities rows)
    {
        static string Id(Guid id) => id.ToString();
        static string? Ref(Guid? id) => id?.ToString();
        var system = rows.System;
        return new RepresentationNetwork(new NetworkDocument
        {
            System = new SystemRecord(system.Code, system.Name, system.Region, system.Population, [.. system.PriorityAreas]),
            Places = [.. rows.Places.Select(p => new PlaceRecord(Id(p.Id), p.Name, p.Population, p.LocalAuthorityTier))],
            Organisations = [.. rows.Organisations.Select(o => new OrganisationRecord(Id(o.Id), o.Name, o.OdsCode, o.Sector, Ref(o.PlaceId)))],
            People = [.. rows.People.Select(p => new PersonRecord(Id(p.Id), p.Name, p.Profession, p.Specialty, p.Setting, Ref(p.OrganisationId), p.Seniority, p.Fte, p.Lay))],
            Bodies = [.. rows.Bodies.Select(b => new BodyRecord(Id(b.Id), b.Name, b.Kind, b.Level, Ref(b.PlaceId), b.Topic, b.DecisionRights,
                [.. b.FeedsInto.Select(f => Id(f.FeedsIntoBodyId))]) { NeighbourhoodId = Ref(b.NeighbourhoodId), ActiveFrom = b.ActiveFrom, ActiveTo = b.ActiveTo })],
            Memberships = [.. rows.Memberships.Select(m => new MembershipRecord(Id(m.PersonId), Id(m.BodyId), m.Role, m.Capacity, m.Start, m.End, m.HoursPerMonth, Ref(m.FundedByOrganisationId)))],
            Posts = [.. rows.Posts.Select(p => new PostRecord(Id(p.Id), p.Title, p.Level, Ref(p.PlaceId), [.. p.Professions], p.SessionsPerWeek,
                Ref(p.FundedByOrganisationId), Ref(p.HolderPersonId), p.HolderSince, p.OpenlyAdvertised,
                [.. p.Successors.Select(s => new SuccessorRecord(Id(s.PersonId), s.Readiness))]))],
        });
    }

    public IEnumerable<MembershipRecord> MembershipsOf(string bodyId) => membershipsByBody[bodyId];

    public IEnumerable<MembershipRecord> SeatsOf(string personId) => membershipsByPerson[personId];

    /// <summary>The same network with these appointments added as memberships starting on <paramref name="on"/>: the "what if".</summary>
    public RepresentationNetwork With(IEnumerable<Appointment> appointments, DateOnly on) =>
        new(Document with
        {
            Memberships = [.. Document.Memberships, .. appointments.Select(a => new MembershipRecord(a.PersonId, a.BodyId, a.Role, a.Capacity, on, null, 0m, null))],
        });
}

/// <summary>A person and the organisation they work for: what the rules ask of a member.</summary>
public sealed record PersonFacts(PersonRecord Person, OrganisationRecord? Organisation)
{
    public string Id => Person.Id;
    public string Profession => Person.Profession;
    public string Setting => Person.Setting;
    public string? Sector => Organisation?.Sector;

    /// <summary>From a setting: working in it, or for an NHS organisation of that sector ("from primary care").</summary>
    public bool From(string setting) =>
        Setting == setting || Sector is { } sector && sector.StartsWith("nhs-", StringComparison.Ordinal) && sector.AsSpan(4).SequenceEqual(setting);

    public bool Senior => Person.Seniority is "senior" or "executive";

    public bool IsLay => Person.Lay || Profession == "lay";

    /// <summary>An NHS sector, or a profession other than lay, management and social work.</summary>
    public bool Health => Sector?.StartsWith("nhs-", StringComparison.Ordinal) == true
                          || Profession is not ("lay" or "management" or "social-work");

    public bool SocialCare => Profession == "social-work" || Setting == "social-care";

    /// <summary>The capacity this person would most naturally sit in.</summary>
    public string NaturalCapacity => IsLay ? "lay" : Profession == "management" ? "managerial" : "clinical";

    public int SeniorityRank => Person.Seniority switch { "executive" => 3, "senior" => 2, "middle" => 1, _ => 0 };
}
