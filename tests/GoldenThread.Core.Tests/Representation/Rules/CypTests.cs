namespace GoldenThread.Representation.Rules;

public class CypLeadTests
{
    private const string Rule = "R-CYP-LEAD";

    private static TestNetwork Network() => new TestNetwork()
        .Person("paediatrician", specialty: "paediatrics").Person("gp", setting: "primary-care").Person("holder")
        .Body("cyp", "cyp-board");

    [Fact]
    public void Evaluate_ClinicalLeadOnTheCypBoard_IsSilent()
    {
        var network = Network().Member("paediatrician", "cyp", role: "clinical-lead");

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_ClinicalLeadRecordedInAnotherCapacity_IsSilent()
    {
        // The rule asks for a membership with role clinical-lead; it says nothing of the capacity it is held in.
        var network = Network().Member("paediatrician", "cyp", capacity: "managerial", role: "clinical-lead");

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_HeldPostForChildHealth_IsSilentWithoutAnyBody()
    {
        var network = new TestNetwork().Person("holder").Post("post", "Clinical Lead for Children and Young People", holder: "holder");

        Assert.Empty(network.Findings(Rule));
    }

    [Theory]
    [InlineData("CYP clinical director")]
    [InlineData("Children and Young People's clinical lead")]
    [InlineData("Paediatric lead")]
    public void Evaluate_PostTitlesThatNameChildren_Count(string title)
    {
        var network = Network().Post("post", title);

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_VacantPostOrPostStartingLater_DoesNotCount()
    {
        var vacant = Network().Post("post", "Child health clinical lead", holder: null);
        var later = Network().Post("post", "Child health clinical lead", since: TestNetwork.On.AddDays(1));

        Assert.Single(vacant.Findings(Rule));
        Assert.Single(later.Findings(Rule));
    }

    [Theory]
    [InlineData("Bicyclepath lead")]
    [InlineData("Clinical lead, Cypress Ward")]
    [InlineData("Director of Children's Services")]
    public void Evaluate_TitleThatDoesNotNameChildHealth_DoesNotCount(string title)
    {
        var network = Network().Post("post", title);

        Assert.Single(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_MemberWhoIsNotTheClinicalLead_ReportsGapAndProposesThePaediatricianFirst()
    {
        var network = Network().Member("gp", "cyp");

        var finding = Assert.Single(network.Findings(Rule));

        Assert.Null(finding.BodyId);
        // The GP sits on the board already, but as a member: they could take the lead role, yet the paediatrician's
        // specialty ranks first.
        Assert.Equal("paediatrician", finding.Candidates[0].PersonId);
        Assert.Equal(new Appointment("paediatrician", "cyp", "clinical-lead", "clinical"), finding.Candidates[0].Seat);
    }

    [Fact]
    public void Evaluate_NoBodyAndNoPost_ReportsGapThatNoAppointmentCanClose()
    {
        var network = new TestNetwork().Person("paediatrician", specialty: "paediatrics");

        var finding = Assert.Single(network.Findings(Rule));

        Assert.Empty(finding.Targets);
        Assert.Empty(finding.Candidates);
    }
}

public class CypSubsystemTests
{
    private const string Rule = "R-CYP-SUBSYSTEM";

    private static TestNetwork Network() => new TestNetwork()
        .Organisation("school", "education").Person("paediatrician", specialty: "paediatrics").Person("social-worker", "social-work", "social-care")
        .Person("psychologist", "psychology", "mental-health").Person("head-teacher", "management", "education", "school")
        .Body("cyp", "cyp-board");

    [Fact]
    public void Evaluate_AllFourPartners_IsSilent()
    {
        var network = Network().Member("paediatrician", "cyp").Member("social-worker", "cyp").Member("psychologist", "cyp").Member("head-teacher", "cyp", "managerial");

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_NoCypBoard_IsSilent()
    {
        var network = new TestNetwork().Person("gp").Body("board", "icb-board").Member("gp", "board");

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_PsychologistCountsAsHealthToo_ButEducationIsMissing()
    {
        var network = Network().Member("social-worker", "cyp").Member("psychologist", "cyp");

        var finding = Assert.Single(network.Findings(Rule));

        Assert.Equal("cyp has no current member from education.", finding.Message);
        Assert.Equal(["head-teacher"], finding.Candidates.Select(c => c.PersonId));
    }

    [Fact]
    public void Evaluate_TwoBoards_OneCompleteIsEnough_OtherwiseTheNearestCarriesTheFinding()
    {
        var oneComplete = Network().Body("cyp-2", "cyp-board")
            .Member("paediatrician", "cyp").Member("social-worker", "cyp").Member("psychologist", "cyp").Member("head-teacher", "cyp", "managerial");
        var neither = Network().Body("cyp-2", "cyp-board").Member("paediatrician", "cyp").Member("social-worker", "cyp-2").Member("psychologist", "cyp-2");

        Assert.Empty(oneComplete.Findings(Rule));
        var finding = Assert.Single(neither.Findings(Rule));
        Assert.Null(finding.BodyId);
        Assert.EndsWith("the nearest, cyp-2, has none from education.", finding.Message); // cyp lacks three
        Assert.Equal(2, finding.Targets.Count);
    }
}
