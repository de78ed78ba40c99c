using GoldenThread.Interchange;

namespace GoldenThread.Representation;

/// <summary>A small network built by hand for a rule's test: ids are the names given.</summary>
internal sealed class TestNetwork
{
    public static readonly DateOnly On = new(2026, 11, 24);

    private readonly List<PlaceRecord> places = [];
    private readonly List<OrganisationRecord> organisations = [];
    private readonly List<PersonRecord> people = [];
    private readonly List<BodyRecord> bodies = [];
    private readonly List<MembershipRecord> memberships = [];
    private readonly List<PostRecord> posts = [];

    public TestNetwork Place(string id, string tier = "unitary")
    {
        places.Add(new PlaceRecord(id, id, 100_000, tier));
        return this;
    }

    public TestNetwork Organisation(string id, string sector, string? placeId = null)
    {
        organisations.Add(new OrganisationRecord(id, id, null, sector, placeId));
        return this;
    }

    public TestNetwork Person(string id, string profession = "medicine", string setting = "acute", string? organisationId = null,
        string seniority = "senior", bool lay = false, string? specialty = null)
    {
        people.Add(new PersonRecord(id, id, profession, specialty, setting, organisationId, seniority, 1m, lay));
        return this;
    }

    public TestNetwork Body(string id, string kind, string level = "system", string? placeId = null, string? topic = null,
        string rights = "decides", string[]? feedsInto = null, DateOnly? activeTo = null, DateOnly? activeFrom = null)
    {
        bodies.Add(new BodyRecord(id, id, kind, level, placeId, topic, rights, feedsInto ?? []) { ActiveFrom = activeFrom, ActiveTo = activeTo });
        return this;
    }

    public TestNetwork Member(string personId, string bodyId, string capacity = "clinical", string role = "member",
        DateOnly? start = null, DateOnly? end = null, decimal hours = 8, string? funder = "funder")
    {
        memberships.Add(new MembershipRecord(personId, bodyId, role, capacity, start ?? new DateOnly(2024, 4, 1), end, hours, funder));
        return this;
    }

    public TestNetwork Post(string id, string title, string level = "system", string? holder = "holder", DateOnly? since = null,
        decimal sessions = 2, string? funder = "funder", string[]? successors = null, string readiness = "ready-now", bool advertised = true)
    {
        posts.Add(new PostRecord(id, title, level, null, ["medicine"], sessions, funder, holder, since, advertised,
            [.. (successors ?? []).Select(s => new SuccessorRecord(s, readiness))]));
        return this;
    }

    public NetworkDocument Document() => new()
    {
        System = new SystemRecord("QXX", "Test system", "South East", 1_000_000, []),
        Places = places, Organisations = organisations, People = people, Bodies = bodies, Memberships = memberships, Posts = posts,
    };

    public RepresentationNetwork Build() => new(Document());

    /// <summary>The findings of one rule, as the default catalogue sets it, on <see cref="On"/> unless told.</summary>
    public IReadOnlyList<Finding> Findings(string rule, DateOnly? on = null, RuleCatalogue? catalogue = null) =>
        Only([rule], catalogue).Evaluate(Build(), on ?? On);

    /// <summary>An engine that runs these rules alone, as the catalogue (the default unless told) sets them.</summary>
    public static RepresentationEngine Only(IReadOnlyCollection<string> rules, RuleCatalogue? catalogue = null)
    {
        var all = catalogue ?? RuleCatalogue.Default;
        return new(new RuleCatalogue { Rules = [.. all.Rules.Where(r => rules.Contains(r.Id))], TopLevelKinds = all.TopLevelKinds, CandidatesPerGap = all.CandidatesPerGap });
    }
}
