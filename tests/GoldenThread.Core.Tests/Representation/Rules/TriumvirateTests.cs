namespace GoldenThread.Representation.Rules;

public class TriumvirateTests
{
    private const string Rule = "R-TRIUMVIRATE";

    private static TestNetwork Board() => new TestNetwork()
        .Person("doctor").Person("manager", profession: "management").Person("citizen", profession: "lay", setting: "voluntary-community", lay: true)
        .Body("board", "icb-board");

    [Fact]
    public void Evaluate_AllThreeCapacities_IsSilent()
    {
        var network = Board().Member("doctor", "board").Member("manager", "board", "managerial").Member("citizen", "board", "lay");

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_NoLayMember_ReportsGapOnTheBody()
    {
        var network = Board().Member("doctor", "board").Member("manager", "board", "managerial");

        var finding = Assert.Single(network.Findings(Rule));

        Assert.Equal(("board", Severity.Gap), (finding.BodyId, finding.Severity));
        Assert.Equal("board has no current lay member.", finding.Message);
        var target = Assert.Single(finding.Targets);
        Assert.Equal(1, target.Required);
        // Only the lay person suits a lay seat.
        Assert.Equal(["citizen"], finding.Candidates.Select(c => c.PersonId));
        Assert.Equal(new Appointment("citizen", "board", "lay-member", "lay"), finding.Candidates[0].Seat);
    }

    [Fact]
    public void Evaluate_BodyWithNoCurrentMembers_ReportsAllThreeMissing()
    {
        var network = Board().Member("doctor", "board", end: new DateOnly(2026, 11, 23));

        var finding = Assert.Single(network.Findings(Rule));

        Assert.Equal("board has no current clinical, managerial or lay member.", finding.Message);
        Assert.Equal(3, finding.Targets[0].Required);
    }

    [Fact]
    public void Evaluate_MembershipEndingToday_StillCounts()
    {
        var network = Board().Member("doctor", "board").Member("manager", "board", "managerial")
            .Member("citizen", "board", "lay", end: TestNetwork.On);

        Assert.Empty(network.Findings(Rule));
        Assert.Single(network.Findings(Rule, on: TestNetwork.On.AddDays(1)));
    }

    [Fact]
    public void Evaluate_MembershipStartingTomorrow_DoesNotCountYet()
    {
        var network = Board().Member("doctor", "board").Member("manager", "board", "managerial")
            .Member("citizen", "board", "lay", start: TestNetwork.On.AddDays(1));

        Assert.Single(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_KindsNotNamed_AreNotChecked()
    {
        var network = new TestNetwork().Person("doctor").Body("cabinet", "clinical-cabinet").Member("doctor", "cabinet");

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_BodyThatHasEnded_IsNotChecked()
    {
        var network = Board().Body("old", "place-board", level: "place", activeTo: new DateOnly(2025, 3, 31))
            .Member("doctor", "board").Member("manager", "board", "managerial").Member("citizen", "board", "lay");

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_ClinicianAlreadyOnTheBody_IsNotACandidate()
    {
        var network = Board().Person("nurse", profession: "nursing", setting: "community", seniority: "middle")
            .Member("doctor", "board", "managerial").Member("citizen", "board", "lay");

        var finding = Assert.Single(network.Findings(Rule));

        // The doctor sits on the board already (as a manager), so the nurse is the one proposed for the clinical seat.
        Assert.Equal(["nurse"], finding.Candidates.Select(c => c.PersonId));
        Assert.Equal("clinical", finding.Candidates[0].Seat.Capacity);
    }
}
