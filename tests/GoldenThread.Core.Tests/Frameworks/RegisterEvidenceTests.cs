using GoldenThread.Representation;

namespace GoldenThread.Frameworks;

public class RegisterEvidenceTests
{
    private static readonly DateOnly On = TestNetwork.On;

    [Theory]
    [InlineData(3, 4, 75)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 8, 13)] // 12.5 rounds half away from zero
    [InlineData(0, 5, 0)]
    public void Percent_RoundsToTheNearestWholeNumber(int count, int of, int percent) =>
        Assert.Equal(percent, new Share(count, of).Percent);

    [Fact]
    public void Percent_OfNothing_IsNull() => Assert.Null(new Share(0, 0).Percent);

    [Fact]
    public void Funded_ThreeOfFourClinicalSeatsWithHoursAndFunder_Is75Percent()
    {
        // Funded: a and b; c has no funder; d has no hours; e's seat is managerial and f's has ended, so neither counts.
        var network = new TestNetwork()
            .Body("board", "icb-board")
            .Body("forum", "clinical-forum", level: "place", rights: "advisory")
            .Person("a").Person("b").Person("c").Person("d").Person("e").Person("f")
            .Member("a", "board").Member("b", "forum").Member("c", "forum", funder: null).Member("d", "board", hours: 0)
            .Member("e", "board", capacity: "managerial", funder: null)
            .Member("f", "board", funder: null, end: On.AddDays(-1))
            .Post("r1", "Funded post").Post("r2", "Unfunded post", funder: null).Post("r3", "Vacant post", holder: null, funder: null);

        var funding = RegisterEvidence.Funded(network.Build(), On);

        Assert.Equal(new Share(2, 4), funding.Seats);
        Assert.Equal(50, funding.Seats.Percent);
        Assert.Equal(new Share(1, 2), funding.Posts); // the vacant post is not held, so not counted
    }

    [Fact]
    public void Funded_ThreeOfFourSeats_Is75Percent()
    {
        var network = new TestNetwork().Body("board", "icb-board")
            .Person("a").Person("b").Person("c").Person("d")
            .Member("a", "board").Member("b", "board").Member("c", "board").Member("d", "board", hours: 0, funder: null);

        Assert.Equal(75, RegisterEvidence.Funded(network.Build(), On).Seats.Percent);
    }

    [Fact]
    public void Successors_CountEachPostByItsReadiestSuccessor()
    {
        var network = new TestNetwork().Person("x").Person("y")
            .Post("r1", "Now", successors: ["x"])
            .Post("r2", "Later", successors: ["x", "y"], readiness: "ready-1-2-years")
            .Post("r3", "None")
            .Post("r4", "Also none", holder: null);

        Assert.Equal(new RegisterEvidence.Readiness(1, 1, 2), RegisterEvidence.Successors(network.Build()));
        Assert.Equal(new RegisterEvidence.PostCounts(4, 3, 2), RegisterEvidence.Holders(network.Build(), On));
    }

    [Fact]
    public void Advertised_CountsOpenlyAdvertisedPosts()
    {
        var network = new TestNetwork().Post("r1", "Open").Post("r2", "Closed", advertised: false).Post("r3", "Open too");

        Assert.Equal(new Share(2, 3), RegisterEvidence.Advertised(network.Build()));
    }

    [Fact]
    public void Levels_CountClinicalPeopleOnceAndThoseOnDecidingBodies()
    {
        // System: a sits on both boards (counted once), b on the advisory forum; only a sits where decisions are made.
        // Place: c on the place board, which decides. The lay member is not clinical.
        var network = new TestNetwork()
            .Body("board", "icb-board").Body("exec", "clinical-executive")
            .Body("forum", "clinical-forum", rights: "advisory")
            .Body("place", "place-board", level: "place")
            .Person("a").Person("b").Person("c").Person("lay", "lay", lay: true)
            .Member("a", "board").Member("a", "exec").Member("b", "forum").Member("c", "place").Member("lay", "board", capacity: "lay", role: "lay-member");

        var levels = RegisterEvidence.Levels(network.Build(), On);

        Assert.Equal(
            [new RegisterEvidence.LevelVoice("system", 3, 2, 2, 1), new RegisterEvidence.LevelVoice("place", 1, 1, 1, 1)],
            levels);
    }

    [Fact]
    public void Lay_CountsLayMembersServiceUsersAndCarersAndTheBodiesWithThem()
    {
        var network = new TestNetwork()
            .Body("board", "icb-board").Body("mh", "network-board", rights: "recommends").Body("cabinet", "clinical-cabinet")
            .Person("lay", "lay", lay: true).Person("user", "lay", lay: true).Person("carer", "lay", lay: true).Person("doc")
            .Member("lay", "board", capacity: "lay", role: "lay-member").Member("lay", "mh", capacity: "lay", role: "chair")
            .Member("user", "mh", capacity: "lay", role: "service-user").Member("carer", "mh", capacity: "lay", role: "carer")
            .Member("doc", "cabinet");

        var lay = RegisterEvidence.Lay(network.Build(), On);

        Assert.Equal(new RegisterEvidence.LayVoices(1, 1, 1, new Share(2, 3)), lay);
    }

    [Fact]
    public void Professions_CountClinicalAndCareProfessionsSeatedAtSystemAndPlace()
    {
        var network = new TestNetwork()
            .Body("board", "icb-board").Body("place", "place-board", level: "place")
            .Person("doc").Person("nurse", "nursing").Person("manager", "management")
            .Member("doc", "board").Member("nurse", "place").Member("manager", "board", capacity: "managerial");

        var seats = RegisterEvidence.Professions(VoiceMap.Of(network.Build(), On));

        // The vocabulary has 13 professions; management and lay are not clinical or care professions.
        Assert.Equal(11, seats.Professions);
        Assert.Equal(1, seats.AtSystem);
        Assert.Equal(1, seats.AtPlace);
        Assert.Equal(9, seats.Unseated.Count);
        Assert.DoesNotContain("management", seats.Unseated);
    }

    [Fact]
    public void ProfessionRules_AreRulesOfTheCatalogue() =>
        Assert.All(RegisterEvidence.ProfessionRules, id => Assert.NotNull(RuleCatalogue.Default.Find(id)));
}
