using GoldenThread.Network;

namespace GoldenThread.Interchange;

/// <summary>One system's network as the rows the store keeps, with fresh ids for every row.</summary>
public sealed record NetworkEntities(
    IntegratedCareSystem System,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Neighbourhood> Neighbourhoods,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Person> People,
    IReadOnlyList<Body> Bodies,
    IReadOnlyList<Membership> Memberships,
    IReadOnlyList<Post> Posts)
{
    public IEnumerable<object> AllRows() =>
        new object[] { System }.Concat(Places).Concat(Neighbourhoods).Concat(Organisations).Concat(People)
            .Concat(Bodies).Concat(Memberships).Concat(Posts);

    /// <summary>
    /// Maps a document whose references all resolve (validation is the importer's job) to new rows.
    /// </summary>
    public static NetworkEntities From(NetworkDocument document)
    {
        var system = new IntegratedCareSystem
        {
            Code = document.System.Code, Name = document.System.Name, Region = document.System.Region,
            Population = document.System.Population, PriorityAreas = [.. document.System.PriorityAreas],
        };
        var sid = system.Id;
        var places = document.Places.ToDictionary(p => p.Id, p => new Place
            { SystemId = sid, Name = p.Name, Population = p.Population, LocalAuthorityTier = p.LocalAuthorityTier });
        var neighbourhoods = document.Neighbourhoods.ToDictionary(n => n.Id, n => new Neighbourhood
            { SystemId = sid, PlaceId = places[n.PlaceId].Id, Name = n.Name, Population = n.Population });
        var organisations = document.Organisations.ToDictionary(o => o.Id, o => new Organisation
            { SystemId = sid, Name = o.Name, OdsCode = o.OdsCode, Sector = o.Sector, PlaceId = Ref(places, o.PlaceId)?.Id });
        var people = document.People.ToDictionary(p => p.Id, p => new Person
        {
            SystemId = sid, Name = p.Name, Email = p.Email, Profession = p.Profession, Specialty = p.Specialty,
            Setting = p.Setting, OrganisationId = Ref(organisations, p.OrganisationId)?.Id, Seniority = p.Seniority,
            Fte = p.Fte, Lay = p.Lay,
        });
        var bodies = document.Bodies.ToDictionary(b => b.Id, b => new Body
        {
            SystemId = sid, Name = b.Name, Kind = b.Kind, Level = b.Level, PlaceId = Ref(places, b.PlaceId)?.Id,
            NeighbourhoodId = Ref(neighbourhoods, b.NeighbourhoodId)?.Id, Topic = b.Topic,
            DecisionRights = b.DecisionRights, Cadence = b.Cadence, ActiveFrom = b.ActiveFrom, ActiveTo = b.ActiveTo,
        });
        foreach (var b in document.Bodies)
            bodies[b.Id].FeedsInto = [.. b.FeedsInto.Select(target => new BodyFeed
                { SystemId = sid, BodyId = bodies[b.Id].Id, FeedsIntoBodyId = bodies[target].Id })];
        var memberships = document.Memberships.Select(m => new Membership
        {
            SystemId = sid, PersonId = people[m.PersonId].Id, BodyId = bodies[m.BodyId].Id, Role = m.Role,
            Capacity = m.Capacity, Start = m.Start, End = m.End, HoursPerMonth = m.HoursPerMonth,
            FundedByOrganisationId = Ref(organisations, m.FundedByOrganisationId)?.Id,
        }).ToList();
        var posts = document.Posts.ToDictionary(p => p.Id, p => PostFrom(p, sid, places, organisations, people));

        return new NetworkEntities(system, [.. places.Values], [.. neighbourhoods.Values], [.. organisations.Values],
            [.. people.Values], [.. bodies.Values], memberships, [.. posts.Values]);
    }

    private static Post PostFrom(PostRecord p, Guid sid, Dictionary<string, Place> places,
        Dictionary<string, Organisation> organisations, Dictionary<string, Person> people)
    {
        var post = new Post
        {
            SystemId = sid, Title = p.Title, Level = p.Level, PlaceId = Ref(places, p.PlaceId)?.Id,
            Professions = [.. p.Professions], SessionsPerWeek = p.SessionsPerWeek,
            FundedByOrganisationId = Ref(organisations, p.FundedByOrganisationId)?.Id,
            HolderPersonId = Ref(people, p.HolderPersonId)?.Id, HolderSince = p.HolderSince,
            OpenlyAdvertised = p.OpenlyAdvertised,
        };
        post.Successors = [.. p.Successors.Select(s => new PostSuccessor
            { SystemId = sid, PostId = post.Id, PersonId = people[s.PersonId].Id, Readiness = s.Readiness })];
        return post;
    }

    private static T? Ref<T>(Dictionary<string, T> rows, string? id) where T : class =>
        id is null ? null : rows[id];
}
