using CsCheck;
using GoldenThread.Network;

namespace GoldenThread.Interchange;

public class NetworkValidatorTests
{
    private static readonly Vocabularies Vocabularies = Vocabularies.Default;

    private static NetworkDocument Valid() => new()
    {
        System = new SystemRecord("QAA", "NHS Test ICB", "North West", 500_000, ["frailty"]),
        Places = [new PlaceRecord("p1", "Riverton", 250_000, "unitary"), new PlaceRecord("p2", "Hillshire", 250_000, "two-tier")],
        Neighbourhoods = [new NeighbourhoodRecord("n1", "Riverton North", "p1", 50_000)],
        Organisations = [new OrganisationRecord("o1", "Riverton Trust", "RT1", "nhs-acute", "p1"), new OrganisationRecord("o2", "Council", null, "local-authority-county", "p2")],
        People =
        [
            new PersonRecord("u1", "Ada Brook", "nursing", "community-nursing", "community", "o1", "senior", 0.8m, false),
            new PersonRecord("u2", "Ben Carter", "social-work", null, "social-care", "o2", "middle", 1m, false),
        ],
        Bodies =
        [
            new BodyRecord("b1", "Board", "icb-board", "system", null, null, "decides", []),
            new BodyRecord("b2", "Place board", "place-board", "place", "p1", null, "recommends", ["b1"]),
            new BodyRecord("b3", "PCN board", "collaborative", "neighbourhood", "p1", null, "advisory", ["b2"]) { NeighbourhoodId = "n1" },
        ],
        Memberships =
        [
            new MembershipRecord("u1", "b1", "member", "clinical", new DateOnly(2023, 4, 1), null, 8, "o1"),
            new MembershipRecord("u2", "b2", "chair", "clinical", new DateOnly(2022, 7, 1), new DateOnly(2024, 3, 31), 6, "o2"),
        ],
        Posts = [new PostRecord("r1", "Place director", "place", "p1", ["nursing"], 2, "o1", "u1", new DateOnly(2023, 4, 1), true, [new SuccessorRecord("u2", "ready-now")])],
    };

    private static NetworkError Single(NetworkDocument document) => Assert.Single(NetworkValidator.Validate(document, Vocabularies));

    [Fact]
    public void Validate_ValidDocument_FindsNothing() => Assert.Empty(NetworkValidator.Validate(Valid(), Vocabularies));

    [Fact]
    public void Validate_DemoNetwork_FindsNothing() => Assert.Empty(NetworkValidator.Validate(DemoNetwork.Build(), Vocabularies));

    [Fact]
    public void Validate_MembershipOfUnknownBody_NamesThePath()
    {
        var d = Valid();
        var error = Single(d with { Memberships = [d.Memberships[0], d.Memberships[1] with { BodyId = "b9" }] });

        Assert.Equal(new NetworkError("$.memberships[1].bodyId", "no body has the id \"b9\""), error);
    }

    [Fact]
    public void Validate_UnknownVocabularyValue_NamesThePathAndTheAllowedValues()
    {
        var d = Valid();
        var error = Single(d with { People = [d.People[0], d.People[1] with { Seniority = "grand" }] });

        Assert.Equal("$.people[1].seniority", error.Path);
        Assert.Equal("\"grand\" is not one of: early-career, middle, senior, executive", error.Message);
    }

    [Fact]
    public void Validate_SameBodyTwiceInFeedsInto_NamesTheSecond()
    {
        var valid = Valid();
        var document = valid with { Bodies = [.. valid.Bodies.Select(b => b.Id == "b3" ? b with { FeedsInto = ["b2", "b2"] } : b)] };

        Assert.Equal(new NetworkError("$.bodies[2].feedsInto[1]", "body b2 is already listed"), Single(document));
    }

    [Fact]
    public void Validate_DuplicateId_NamesTheLaterEntry()
    {
        var d = Valid();
        var error = Single(d with { Places = [d.Places[0], d.Places[1] with { Id = "p1" }], Organisations = [d.Organisations[0], d.Organisations[1] with { PlaceId = null }] });

        Assert.Equal(new NetworkError("$.places[1].id", "\"p1\" is used by an earlier entry of places"), error);
    }

    [Fact]
    public void Validate_FeedsIntoCycle_NamesTheEdgeThatClosesItAndTheCycle()
    {
        var d = Valid();
        // b1 → b3 → b2 → b1
        var error = Single(d with { Bodies = [d.Bodies[0] with { FeedsInto = ["b3"] }, d.Bodies[1], d.Bodies[2]] });

        Assert.Equal(new NetworkError("$.bodies[1].feedsInto[0]", "feedsInto makes a cycle: b1 → b3 → b2 → b1"), error);
    }

    [Fact]
    public void Validate_BodyFeedingItself_IsNamed()
    {
        var d = Valid();
        var error = Single(d with { Bodies = [d.Bodies[0] with { FeedsInto = ["b1"] }, d.Bodies[1], d.Bodies[2]] });

        Assert.Equal("$.bodies[0].feedsInto[0]", error.Path);
    }

    [Fact]
    public void Validate_MembershipEndingBeforeItStarts_NamesTheEnd()
    {
        var d = Valid();
        var error = Single(d with { Memberships = [d.Memberships[0] with { End = new DateOnly(2023, 3, 31) }, d.Memberships[1]] });

        Assert.Equal(new NetworkError("$.memberships[0].end", "End date must be the same as or after the start date, 1 April 2023"), error);
    }

    [Theory]
    [InlineData("specialty")]
    [InlineData("fte")]
    [InlineData("ods")]
    [InlineData("schema")]
    [InlineData("successor")]
    [InlineData("profession")]
    public void Validate_OtherMistakes_EachNamedOnce(string mistake)
    {
        var d = Valid();
        var (document, path) = mistake switch
        {
            "specialty" => (d with { People = [d.People[0] with { Specialty = "surgery" }, d.People[1]] }, "$.people[0].specialty"),
            "fte" => (d with { People = [d.People[0] with { Fte = 1.5m }, d.People[1]] }, "$.people[0].fte"),
            "ods" => (d with { Organisations = [d.Organisations[0] with { OdsCode = "rt-1" }, d.Organisations[1]] }, "$.organisations[0].odsCode"),
            "schema" => (d with { Schema = "goldenthread/network/v0" }, "$.schema"),
            "successor" => (d with { Posts = [d.Posts[0] with { Successors = [new SuccessorRecord("u1", "ready-now")] }] }, "$.posts[0].successors[0].personId"),
            _ => (d with { Posts = [d.Posts[0] with { Professions = ["nursing", "wizardry"] }] }, "$.posts[0].professions[1]"),
        };

        Assert.Equal(path, Single(document).Path);
    }

    [Fact]
    public void Validate_AnyMembershipPointedAtAMissingBody_IsNamedByItsIndex()
    {
        var demo = DemoNetwork.Build();
        Gen.Int[0, demo.Memberships.Count - 1].Sample(i =>
        {
            var memberships = demo.Memberships.ToList();
            memberships[i] = memberships[i] with { BodyId = "no-such-body" };

            var error = Single(demo with { Memberships = memberships });

            Assert.Equal($"$.memberships[{i}].bodyId", error.Path);
        }, iter: 50);
    }
}
