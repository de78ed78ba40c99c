namespace GoldenThread.Representation.Rules;

public class MentalHealthLivedExperienceTests
{
    private const string Rule = "R-MENTAL-HEALTH-LIVED-EXPERIENCE";

    private static TestNetwork Network() => new TestNetwork()
        .Person("psychiatrist").Person("expert-by-experience", "lay", "voluntary-community", lay: true).Person("mother", "lay", "voluntary-community", lay: true)
        .Body("mh-board", "network-board", topic: "Mental Health");

    [Fact]
    public void Evaluate_ServiceUserAndCarer_IsSilent()
    {
        var network = Network().Member("psychiatrist", "mh-board").Member("expert-by-experience", "mh-board", "lay", "service-user")
            .Member("mother", "mh-board", "lay", "carer");

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_NoCarer_ReportsGapAndProposesTheOtherLayPersonAsCarer()
    {
        var network = Network().Member("expert-by-experience", "mh-board", "lay", "service-user");

        var finding = Assert.Single(network.Findings(Rule));

        Assert.Equal("mh-board has no current carer among its members.", finding.Message);
        Assert.Equal([new Appointment("mother", "mh-board", "carer", "lay")], finding.Candidates.Select(c => c.Seat));
    }

    [Fact]
    public void Evaluate_LayMemberIsNotAServiceUser_RoleMatters()
    {
        var network = Network().Member("expert-by-experience", "mh-board", "lay", "lay-member").Member("mother", "mh-board", "lay", "carer");

        Assert.Single(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_TopicMentioningMentalHealth_IsCheckedWhateverTheKind()
    {
        var network = new TestNetwork().Person("gp").Body("cabinet", "clinical-cabinet", topic: "Children's mental health").Member("gp", "cabinet");

        var finding = Assert.Single(network.Findings(Rule));

        Assert.Equal(2, finding.Targets[0].Required);
    }

    [Fact]
    public void Evaluate_NetworkBoardNamedForMentalHealthWithoutTopic_IsChecked_OtherNetworkBoardsAreNot()
    {
        var network = new TestNetwork().Person("gp")
            .Body("Mental Health Network Board", "network-board").Body("Cancer Network Board", "network-board", topic: "cancer");

        Assert.Equal(["Mental Health Network Board"], network.Findings(Rule).Select(f => f.BodyId));
    }

    [Fact]
    public void Evaluate_ServiceUserSittingInAnotherCapacity_StillCounts_TheRuleNamesOnlyTheRole()
    {
        var network = Network().Member("expert-by-experience", "mh-board", "managerial", "service-user").Member("mother", "mh-board", "lay", "carer");

        Assert.Empty(network.Findings(Rule));
    }
}
