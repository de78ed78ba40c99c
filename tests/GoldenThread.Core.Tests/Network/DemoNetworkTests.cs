using System.Text.Json;
using GoldenThread.Interchange;

namespace GoldenThread.Network;

public class DemoNetworkTests
{
    private static readonly NetworkDocument Demo = DemoNetwork.Build();
    private static readonly Vocabularies Vocabulary = Vocabularies.Default;

    [Fact]
    public void Build_IsDeterministic()
    {
        var first = JsonSerializer.Serialize(DemoNetwork.Build(), NetworkDocument.JsonOptions);
        var second = JsonSerializer.Serialize(DemoNetwork.Build(), NetworkDocument.JsonOptions);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Build_DescribesAFictionalSystem()
    {
        var realCodes = IcbRegister.All.Select(icb => icb.OdsCode).ToHashSet();

        Assert.Equal(DemoNetwork.SystemCode, Demo.System.Code);
        Assert.DoesNotContain(DemoNetwork.SystemCode, realCodes);
        Assert.Contains("QNX", realCodes);
        Assert.InRange(Demo.System.PriorityAreas.Count, 4, 5);
        Assert.Equal(Demo.Places.Sum(p => p.Population), Demo.System.Population);
        Assert.InRange(Demo.System.Population, 1_100_000, 1_200_000);
    }

    [Fact]
    public void Build_HasTheSizeTheReadmePromises()
    {
        Assert.Equal(4, Demo.Places.Count);
        Assert.Equal(12, Demo.Neighbourhoods.Count);
        Assert.InRange(Demo.Organisations.Count, 35, 45);
        Assert.InRange(Demo.People.Count, 280, 320);
        Assert.Equal(25, Demo.Bodies.Count);
        Assert.InRange(Demo.Memberships.Count, 250, 350);
        Assert.InRange(Demo.Posts.Count, 18, 24);
    }

    [Fact]
    public void Build_NeighbourhoodsAddUpToTheirPlace()
    {
        foreach (var place in Demo.Places)
        {
            var inPlace = Demo.Neighbourhoods.Where(n => n.PlaceId == place.Id).ToList();

            Assert.Equal(3, inPlace.Count);
            Assert.Equal(place.Population, inPlace.Sum(n => n.Population));
        }
    }

    [Fact]
    public void Build_HasNoDuplicates()
    {
        string[] ids =
        [
            .. Demo.Places.Select(p => p.Id), .. Demo.Neighbourhoods.Select(n => n.Id), .. Demo.Organisations.Select(o => o.Id),
            .. Demo.People.Select(p => p.Id), .. Demo.Bodies.Select(b => b.Id), .. Demo.Posts.Select(r => r.Id),
        ];

        AssertDistinct(ids);
        AssertDistinct(Demo.Organisations.Select(o => o.OdsCode).OfType<string>());
        AssertDistinct(Demo.Organisations.Select(o => o.Name));
        AssertDistinct(Demo.People.Select(p => p.Name));
        AssertDistinct(Demo.People.Select(p => p.Email ?? ""));
        Assert.All(Demo.People, p => Assert.Matches(@"^[a-z]+\.[a-z]+@[a-z0-9.-]+\.example$", p.Email));
    }

    [Fact]
    public void Build_EveryReferenceResolves()
    {
        var places = Demo.Places.Select(p => p.Id).ToHashSet();
        var neighbourhoods = Demo.Neighbourhoods.ToDictionary(n => n.Id);
        var organisations = Demo.Organisations.Select(o => o.Id).ToHashSet();
        var people = Demo.People.Select(p => p.Id).ToHashSet();
        var bodies = Demo.Bodies.Select(b => b.Id).ToHashSet();

        Assert.All(Demo.Neighbourhoods, n => Assert.Contains(n.PlaceId, places));
        Assert.All(Demo.Organisations.Select(o => o.PlaceId).OfType<string>(), id => Assert.Contains(id, places));
        Assert.All(Demo.People.Select(p => p.OrganisationId).OfType<string>(), id => Assert.Contains(id, organisations));
        Assert.All(Demo.Bodies.Select(b => b.PlaceId).OfType<string>(), id => Assert.Contains(id, places));
        Assert.All(Demo.Bodies.SelectMany(b => b.FeedsInto), id => Assert.Contains(id, bodies));
        Assert.All(Demo.Bodies.Where(b => b.NeighbourhoodId is not null),
            b => Assert.Equal(neighbourhoods[b.NeighbourhoodId!].PlaceId, b.PlaceId));
        Assert.All(Demo.Memberships, m =>
        {
            Assert.Contains(m.PersonId, people);
            Assert.Contains(m.BodyId, bodies);
            Assert.True(m.FundedByOrganisationId is null || organisations.Contains(m.FundedByOrganisationId));
        });
        Assert.All(Demo.Posts, r =>
        {
            Assert.True(r.PlaceId is null || places.Contains(r.PlaceId));
            Assert.Contains(r.FundedByOrganisationId!, organisations);
            Assert.True(r.HolderPersonId is null || people.Contains(r.HolderPersonId));
            Assert.All(r.Successors, s => Assert.Contains(s.PersonId, people));
        });
    }

    [Fact]
    public void Build_UsesOnlyVocabularyCodes()
    {
        var specialties = Vocabulary.Professions.ToDictionary(p => p.Code, p => p.Specialties ?? []);

        Assert.All(Demo.Places, p => Assert.Contains(p.LocalAuthorityTier, Vocabulary.LocalAuthorityTiers));
        Assert.All(Demo.Organisations, o => Assert.Contains(o.Sector, Vocabulary.Sectors.Select(s => s.Code)));
        Assert.All(Demo.People, p =>
        {
            Assert.Contains(p.Profession, specialties.Keys);
            Assert.True(p.Specialty is null || specialties[p.Profession].Contains(p.Specialty), $"{p.Profession}/{p.Specialty}");
            Assert.Contains(p.Setting, Vocabulary.Settings);
            Assert.Contains(p.Seniority, Vocabulary.Seniority);
            Assert.Contains(p.Fte, new[] { 0.4m, 0.5m, 0.6m, 0.8m, 1.0m });
        });
        Assert.All(Demo.Bodies, b =>
        {
            Assert.Contains(b.Kind, Vocabulary.BodyKinds.Select(k => k.Code));
            Assert.Contains(b.Level, Vocabulary.Levels);
            Assert.Contains(b.DecisionRights, Vocabulary.DecisionRights);
        });
        Assert.All(Demo.Memberships, m =>
        {
            Assert.Contains(m.Role, Vocabulary.MembershipRoles);
            Assert.Contains(m.Capacity, Vocabulary.Capacities);
        });
        Assert.All(Demo.Posts, r =>
        {
            Assert.Contains(r.Level, Vocabulary.Levels);
            Assert.All(r.Professions, code => Assert.Contains(code, specialties.Keys));
            Assert.All(r.Successors, s => Assert.Contains(s.Readiness, Vocabulary.SuccessorReadiness));
        });
    }

    [Fact]
    public void Build_FeedsIntoIsAcyclic()
    {
        var remaining = Demo.Bodies.ToDictionary(b => b.Id, b => b.FeedsInto.ToHashSet());

        // Kahn: repeatedly remove bodies that feed into nothing left; a cycle would leave some behind.
        while (remaining.Keys.FirstOrDefault(id => remaining[id].Count == 0) is { } top)
        {
            remaining.Remove(top);
            foreach (var targets in remaining.Values)
            {
                targets.Remove(top);
            }
        }

        Assert.Empty(remaining);
    }

    [Fact]
    public void Build_FeedsIntoGoesUpward()
    {
        NetworkAssert.FeedsIntoNeverPointsDown(Demo);
    }

    [Fact]
    public void Build_EveryBodyHasAChair()
    {
        Assert.All(Demo.Bodies, b =>
            Assert.Single(Demo.Memberships, m => m.BodyId == b.Id && m.Role == "chair" && m.End is null));
    }

    [Fact]
    public void Build_ChairsServeFromTheBodysFirstMeeting()
    {
        DateOnly icsEra = new(2022, 7, 1);

        Assert.All(Demo.Bodies, b =>
        {
            var opening = b.ActiveFrom > icsEra ? b.ActiveFrom.Value : icsEra;
            Assert.Equal(opening, Demo.Memberships.Where(m => m.BodyId == b.Id && m.Role == "chair").Min(m => m.Start));
        });
    }

    [Fact]
    public void Build_NeighbourhoodBodiesDrawOnTheirPlace()
    {
        var places = Demo.Organisations.ToDictionary(o => o.Id, o => o.PlaceId);
        var people = Demo.People.ToDictionary(p => p.Id);

        foreach (var body in Demo.Bodies.Where(b => b.Level == "neighbourhood"))
        {
            var employers = Demo.Memberships.Where(m => m.BodyId == body.Id)
                .Select(m => people[m.PersonId].OrganisationId).OfType<string>();

            Assert.All(employers, id => Assert.True(places[id] is null || places[id] == body.PlaceId, $"{id} on {body.Name}"));
        }
    }

    [Fact]
    public void Build_EveryBodyHasSixToEighteenCurrentMembersAndASecretariat()
    {
        Assert.All(Demo.Bodies, b =>
        {
            var current = Demo.Memberships.Where(m => m.BodyId == b.Id && m.End is null).ToList();

            Assert.InRange(current.Count, 6, 18);
            Assert.Contains(current, m => m.Role == "secretariat");
        });
    }

    [Fact]
    public void Build_CoversEveryProfessionAndAhpSpecialty()
    {
        var professions = Demo.People.Select(p => p.Profession).ToHashSet();
        var ahpSpecialties = Demo.People.Where(p => p.Profession == "ahp").Select(p => p.Specialty).ToHashSet();

        Assert.All(Vocabulary.Professions, p => Assert.Contains(p.Code, professions));
        Assert.All(Vocabulary.Professions.Single(p => p.Code == "ahp").Specialties!, s => Assert.Contains(s, ahpSpecialties));
        Assert.InRange(Demo.People.Count(p => p.Lay), 8, 12);
        Assert.All(Demo.People, p => Assert.Equal(p.Profession == "lay", p.Lay));
    }

    [Fact]
    public void Build_SettingFitsTheEmployer()
    {
        var sectors = Demo.Organisations.ToDictionary(o => o.Id, o => o.Sector);
        string? Sector(PersonRecord p) => p.OrganisationId is null ? null : sectors[p.OrganisationId];

        Assert.All(Demo.People.Where(p => p.Specialty == "paramedicine"), p => Assert.Contains(p.Setting, new[] { "ambulance", "primary-care" }));
        Assert.All(Demo.People.Where(p => p.Specialty == "community-pharmacy"), p => Assert.Equal("primary-care", p.Setting));
        Assert.All(Demo.People.Where(p => p.Profession == "social-work" && Sector(p)!.StartsWith("local-authority")),
            p => Assert.Equal("social-care", p.Setting));
        Assert.All(Demo.People.Where(p => p.Lay), p => Assert.True(p.OrganisationId is null || Sector(p) == "voluntary-community"));
        Assert.All(Demo.People.Where(p => Sector(p) == "nhs-acute"), p => Assert.Equal("acute", p.Setting));
    }

    [Fact]
    public void Build_DistrictAndCountyCouncilsServeOnlyTwoTierPlaces()
    {
        var tiers = Demo.Places.ToDictionary(p => p.Id, p => p.LocalAuthorityTier);

        Assert.Contains("unitary", tiers.Values);
        Assert.Contains("two-tier", tiers.Values);
        Assert.All(Demo.Organisations.Where(o => o.Sector is "local-authority-district" or "local-authority-county"),
            o => Assert.Equal("two-tier", tiers[o.PlaceId!]));
        Assert.All(Demo.Organisations.Where(o => o.Sector == "local-authority-unitary"), o => Assert.Equal("unitary", tiers[o.PlaceId!]));
    }

    [Fact]
    public void Build_NoOverlappingPeriodsForOnePersonOnOneBody()
    {
        NetworkAssert.NoOverlappingPeriodsForOnePersonOnOneBody(Demo);
    }

    [Fact]
    public void Build_SomeoneHasTwoSeparatePeriodsOnOneBody()
    {
        Assert.Contains(Demo.Memberships.GroupBy(m => (m.PersonId, m.BodyId)), periods => periods.Count() == 2);
    }

    [Fact]
    public void Build_MembershipsFallWithinTheIcsEraAndTheBodysLife()
    {
        var bodies = Demo.Bodies.ToDictionary(b => b.Id);
        DateOnly earliest = new(2022, 7, 1), latest = new(2026, 10, 1);

        Assert.All(Demo.Memberships, m =>
        {
            Assert.InRange(m.Start, earliest, latest);
            Assert.True(m.Start >= bodies[m.BodyId].ActiveFrom);
            Assert.True(m.End is null || (m.End > m.Start && m.End <= latest));
            Assert.InRange(m.HoursPerMonth, 2m, 16m);
        });
        Assert.InRange(Demo.Memberships.Count(m => m.End is not null), 10, 80);
    }

    [Fact]
    public void Build_CapacityMatchesTheMember()
    {
        var people = Demo.People.ToDictionary(p => p.Id);

        Assert.All(Demo.Memberships, m =>
        {
            var person = people[m.PersonId];
            var expected = person.Lay ? "lay" : person.Profession == "management" || m.Role == "secretariat" ? "managerial" : "clinical";
            Assert.Equal(expected, m.Capacity);
            Assert.True(m.Role is not ("service-user" or "carer" or "lay-member") || person.Lay, $"{person.Name} as {m.Role}");
            Assert.True(m.Role != "secretariat" || person.Profession == "management");
        });
    }

    [Fact]
    public void Build_PostHoldersAndSuccessorsMayHoldThePost()
    {
        NetworkAssert.PostsHaveEligibleHoldersAndSuccessors(Demo);
        Assert.InRange(Demo.Posts.Count(r => r.HolderPersonId is null), 1, 5);
    }

    [Fact]
    public void Build_LeavesDeliberateRepresentationGaps()
    {
        var people = Demo.People.ToDictionary(p => p.Id);
        var districts = Demo.Organisations.Where(o => o.Sector == "local-authority-district").Select(o => o.Id).ToHashSet();
        IEnumerable<PersonRecord> Members(BodyRecord body) =>
            Demo.Memberships.Where(m => m.BodyId == body.Id && m.End is null).Select(m => people[m.PersonId]);

        var executive = Demo.Bodies.Single(b => b.Kind == "clinical-executive");
        var diabetes = Demo.Bodies.Single(b => b.Topic == "diabetes");
        var twoTierBoards = Demo.Bodies.Where(b => b.Kind == "place-board"
            && Demo.Places.Single(p => p.Id == b.PlaceId).LocalAuthorityTier == "two-tier").ToList();

        Assert.DoesNotContain(Members(executive), p => p.Profession == "pharmacy");
        Assert.DoesNotContain(Members(diabetes), p => p.Profession == "social-work");
        Assert.Contains(twoTierBoards, b => !Members(b).Any(p => districts.Contains(p.OrganisationId ?? "")));
        Assert.Contains(twoTierBoards, b => Members(b).Any(p => districts.Contains(p.OrganisationId ?? "")));
    }

    private static void AssertDistinct(IEnumerable<string> values)
    {
        var duplicates = values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }
}
