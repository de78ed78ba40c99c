using CsCheck;
using GoldenThread.Network;

namespace GoldenThread.Interchange;

public class NetworkGeneratorTests
{
    private static readonly Vocabularies Vocabulary = Vocabularies.Default;

    // One mid-sized system, shared by the tests that only read it.
    private static readonly NetworkDocument System0 = NetworkGenerator.GenerateSystem(0, 1_500, 7);

    [Fact]
    public void Generate_AnySeedAndSmallSize_PassesTheValidator()
    {
        Gen.Select(Gen.Int, Gen.Int[NetworkGenerator.MinPeople, 400], Gen.Int[0, NetworkGenerator.MaxSystems - 1]).Sample((seed, people, index) =>
        {
            var document = NetworkGenerator.GenerateSystem(index, people, seed);

            Assert.Empty(NetworkValidator.Validate(document, Vocabulary));
        }, iter: 40);
    }

    [Theory]
    [InlineData(1, 50, 1)]
    [InlineData(3, 2_000, 42)]
    [InlineData(2, 5_000, -17)]
    public void Generate_SeveralSizes_EveryFileValidatesCleanAndReadsBack(int systems, int people, int seed)
    {
        foreach (var document in NetworkGenerator.Generate(systems, people, seed))
        {
            var reading = NetworkFile.Read(NetworkFile.Write(document), Vocabulary);

            Assert.Empty(reading.Errors);
        }
    }

    [Fact]
    public void Generate_SameSeed_GivesIdenticalFiles()
    {
        var first = NetworkGenerator.Generate(3, 300, 11).Select(NetworkFile.Write).ToList();
        var second = NetworkGenerator.Generate(3, 300, 11).Select(NetworkFile.Write).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_AnotherSeed_GivesAnotherNetwork()
    {
        var one = NetworkFile.Write(NetworkGenerator.GenerateSystem(0, 300, 1));
        var other = NetworkFile.Write(NetworkGenerator.GenerateSystem(0, 300, 2));

        Assert.NotEqual(one, other);
    }

    [Fact]
    public void Generate_SystemK_IsTheSameHoweverManySystemsAreAskedFor()
    {
        var ofTwo = NetworkGenerator.Generate(2, 200, 5).Select(NetworkFile.Write).ToList();
        var ofFive = NetworkGenerator.Generate(5, 200, 5).Select(NetworkFile.Write).ToList();

        Assert.Equal(ofTwo, ofFive.Take(2));
        Assert.Equal(ofFive[1], NetworkFile.Write(NetworkGenerator.GenerateSystem(1, 200, 5)));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(333)]
    [InlineData(5_000)]
    public void Generate_PeopleCount_IsExactlyAsAsked(int people)
    {
        var document = NetworkGenerator.GenerateSystem(3, people, 9);

        Assert.Equal(people, document.People.Count);
    }

    [Fact]
    public void Generate_Systems_AreTheRealIcbsInTheReferenceOrder()
    {
        var documents = NetworkGenerator.Generate(NetworkGenerator.MaxSystems, NetworkGenerator.MinPeople, 3).ToList();

        Assert.Equal(42, documents.Count);
        Assert.Equal(IcbRegister.All.Select(i => (i.OdsCode, i.Name, i.Region, i.Population)),
            documents.Select(d => (d.System.Code, d.System.Name, d.System.Region, d.System.Population)));
        Assert.Equal("QHG", documents[0].System.Code);
        Assert.Equal("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", documents[0].System.Name);
        Assert.All(documents, d => Assert.Equal(d.System.Code, d.Organisations[0].OdsCode));
    }

    [Theory]
    [InlineData(43)]
    [InlineData(0)]
    public void Generate_SystemsOutOfRange_IsRejected(int systems)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerator.Generate(systems, 100, 1));

        Assert.Equal("systems", error.ParamName);
    }

    [Fact]
    public void Generate_MoreSystemsThanIcbs_SaysHowManyThereAre()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerator.Generate(43, 100, 1));

        Assert.Contains("42 integrated care boards", error.Message);
    }

    [Theory]
    [InlineData(49)]
    [InlineData(100_001)]
    public void Generate_PeopleOutOfRange_IsRejected(int people)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkGenerator.Generate(1, people, 1));
    }

    [Fact]
    public void Generate_OneSystem_HasEveryBodyKindAndEveryLevel()
    {
        Assert.All(Vocabulary.BodyKinds, kind => Assert.Contains(System0.Bodies, b => b.Kind == kind.Code));
        Assert.All(Vocabulary.Levels, level => Assert.Contains(System0.Bodies, b => b.Level == level));
        Assert.All(Vocabulary.Levels, level => Assert.Contains(System0.Posts, p => p.Level == level));
        Assert.All(Vocabulary.DecisionRights, rights => Assert.Contains(System0.Bodies, b => b.DecisionRights == rights));
    }

    [Fact]
    public void Generate_KindsThatSpanLevels_AppearAtEachOfThem()
    {
        (string Kind, string Level)[] expected =
        [
            ("learning-set", "neighbourhood"), ("learning-set", "place"), ("learning-set", "system"), ("learning-set", "region"),
            ("clinical-forum", "neighbourhood"), ("clinical-forum", "place"), ("clinical-forum", "system"), ("clinical-forum", "region"),
            ("collaborative", "neighbourhood"), ("collaborative", "place"), ("collaborative", "system"), ("collaborative", "region"),
            ("advisory-group", "neighbourhood"), ("advisory-group", "place"), ("advisory-group", "system"), ("advisory-group", "region"),
            ("clinical-cabinet", "place"), ("clinical-cabinet", "system"), ("cyp-board", "place"), ("cyp-board", "system"),
            ("health-wellbeing-board", "place"), ("place-board", "place"), ("icb-board", "system"), ("icp", "system"),
            ("network-board", "system"), ("network-board", "region"),
        ];

        Assert.All(expected, e => Assert.Contains(System0.Bodies, b => b.Kind == e.Kind && b.Level == e.Level));
    }

    [Fact]
    public void Generate_FeedsInto_PointsUpwardOrAcrossButNeverDown()
    {
        var bodies = System0.Bodies.ToDictionary(b => b.Id);

        NetworkAssert.FeedsIntoNeverPointsDown(System0);
        Assert.All(System0.Bodies.Where(b => b.PlaceId is not null && b.Level == "neighbourhood"),
            b => Assert.All(b.FeedsInto, target => Assert.Equal(b.PlaceId, bodies[target].PlaceId)));
    }

    [Fact]
    public void Generate_PopulationsSplitExactly()
    {
        Assert.Equal(System0.System.Population, System0.Places.Sum(p => p.Population));
        Assert.All(System0.Places, place =>
        {
            var inPlace = System0.Neighbourhoods.Where(n => n.PlaceId == place.Id).ToList();
            Assert.InRange(inPlace.Count, 3, 5);
            Assert.Equal(place.Population, inPlace.Sum(n => n.Population));
        });
        Assert.InRange(System0.Places.Count, 3, 6);
    }

    [Fact]
    public void Generate_Organisations_CoverEverySectorWithUniqueOdsCodes()
    {
        var codes = System0.Organisations.Select(o => o.OdsCode).OfType<string>().ToList();

        Assert.All(Vocabulary.Sectors, sector => Assert.Contains(System0.Organisations, o => o.Sector == sector.Code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^[A-Z0-9]{3,9}$", code));
    }

    [Fact]
    public void Generate_Councils_MatchTheirPlacesTier()
    {
        var tiers = NetworkGenerator.Generate(10, NetworkGenerator.MinPeople, 4)
            .SelectMany(d => d.Organisations.Where(o => o.Sector.StartsWith("local-authority", StringComparison.Ordinal)),
                (d, o) => (o.Sector, Tier: d.Places.Single(p => p.Id == o.PlaceId).LocalAuthorityTier))
            .ToList();

        Assert.All(tiers.Where(t => t.Sector == "local-authority-unitary"), t => Assert.Equal("unitary", t.Tier));
        Assert.All(tiers.Where(t => t.Sector != "local-authority-unitary"), t => Assert.Equal("two-tier", t.Tier));
        Assert.Contains(tiers, t => t.Sector == "local-authority-district");
    }

    [Fact]
    public void Generate_People_LookLikeTheWorkforce()
    {
        var people = System0.People;
        var specialties = Vocabulary.Professions.ToDictionary(p => p.Code, p => p.Specialties ?? []);
        var ahp = people.Where(p => p.Profession == "ahp").Select(p => p.Specialty).ToHashSet();
        var count = people.CountBy(p => p.Profession).ToDictionary();

        Assert.All(Vocabulary.Professions, p => Assert.True(count.GetValueOrDefault(p.Code) > 0, p.Code));
        Assert.All(specialties["ahp"], s => Assert.Contains(s, ahp));
        Assert.True(count["nursing"] > count["medicine"] && count["medicine"] > count["pharmacy"]);
        Assert.All(people, p => Assert.Equal(specialties[p.Profession].Count > 0, p.Specialty is not null));
        Assert.All(people, p => Assert.Equal(p.Profession == "lay", p.Lay));
        Assert.InRange(people.Count(p => p.Lay), 1, people.Count / 20);
        Assert.InRange(people.Count(p => p.Fte == 1.0m), people.Count / 2, people.Count - 1);
        Assert.All(Vocabulary.Seniority, s => Assert.Contains(people, p => p.Seniority == s));
    }

    [Fact]
    public void Generate_Setting_FitsTheEmployer()
    {
        var sectors = System0.Organisations.ToDictionary(o => o.Id, o => o.Sector);
        string? Sector(PersonRecord p) => p.OrganisationId is null ? null : sectors[p.OrganisationId];

        Assert.All(System0.People.Where(p => Sector(p) == "nhs-acute"), p => Assert.Equal("acute", p.Setting));
        Assert.All(System0.People.Where(p => Sector(p) == "nhs-ambulance"), p => Assert.Equal("ambulance", p.Setting));
        Assert.All(System0.People.Where(p => Sector(p) == "nhs-mental-health"), p => Assert.Equal("mental-health", p.Setting));
        Assert.All(System0.People.Where(p => p.Specialty == "community-pharmacy"), p => Assert.Equal("primary-care", p.Setting));
        Assert.All(System0.People.Where(p => p.OrganisationId is null), p => Assert.True(p.Lay));
    }

    [Fact]
    public void Generate_Emails_AreUnique()
    {
        var emails = System0.People.Select(p => p.Email).OfType<string>().ToList();

        Assert.Equal(System0.People.Count, emails.Count);
        Assert.Equal(emails.Count, emails.Distinct().Count());
    }

    [Fact]
    public void Generate_Memberships_UseEveryRoleAndHaveEndedAndReturningPeriods()
    {
        var periods = System0.Memberships.GroupBy(m => (m.PersonId, m.BodyId)).ToList();

        Assert.All(Vocabulary.MembershipRoles, role => Assert.Contains(System0.Memberships, m => m.Role == role));
        Assert.Contains(System0.Memberships, m => m.End is not null);
        Assert.Contains(periods, p => p.Count() == 2);
        NetworkAssert.NoOverlappingPeriodsForOnePersonOnOneBody(System0);
    }

    [Fact]
    public void Generate_Memberships_FallWithinTheBodysLife()
    {
        var bodies = System0.Bodies.ToDictionary(b => b.Id);

        Assert.All(System0.Memberships, m =>
        {
            var body = bodies[m.BodyId];
            Assert.True(m.Start >= body.ActiveFrom, $"{m.PersonId} on {body.Name}");
            Assert.True(body.ActiveTo is null || (m.End is { } end && end <= body.ActiveTo), $"{m.PersonId} on {body.Name}");
            Assert.True(m.Start <= new DateOnly(2026, 4, 1));
            Assert.InRange(m.HoursPerMonth, 2m, 16m);
            Assert.NotNull(m.FundedByOrganisationId);
        });
        Assert.Contains(System0.Bodies, b => b.ActiveTo is not null);
    }

    [Fact]
    public void Generate_CapacityAndLaySeats_FollowTheMember()
    {
        var people = System0.People.ToDictionary(p => p.Id);

        Assert.All(System0.Memberships, m => Assert.Equal(MembershipTerms.Capacity(people[m.PersonId], m.Role), m.Capacity));
        Assert.All(System0.Memberships.Where(m => m.Role is "service-user" or "carer" or "lay-member"), m => Assert.True(people[m.PersonId].Lay));
    }

    [Fact]
    public void Generate_Posts_HaveEligibleHoldersSomeVacanciesAndSuccessors()
    {
        var people = System0.People.ToDictionary(p => p.Id);

        NetworkAssert.PostsHaveEligibleHoldersAndSuccessors(System0);
        Assert.All(System0.Posts.SelectMany(r => r.Successors, (r, s) => (r.Professions, people[s.PersonId].Profession)),
            s => Assert.Contains(s.Profession, s.Professions));
        Assert.Contains(System0.Posts, r => r.HolderPersonId is null);
        Assert.All(Vocabulary.SuccessorReadiness, readiness => Assert.Contains(System0.Posts.SelectMany(r => r.Successors), s => s.Readiness == readiness));
    }

    [Fact]
    public void Generate_CabinetsAndNetworks_HaveTopics()
    {
        Assert.All(System0.Bodies.Where(b => b.Kind is "clinical-cabinet" or "network-board"), b => Assert.False(string.IsNullOrWhiteSpace(b.Topic)));
        Assert.All(System0.Bodies, b => Assert.NotNull(b.Cadence));
    }
}
