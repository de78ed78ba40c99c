namespace GoldenThread.Representation.Rules;

public class DistrictCouncilsTests
{
    private const string Rule = "R-DISTRICT-COUNCILS";

    private static TestNetwork TwoTier() => new TestNetwork()
        .Place("shire", "two-tier").Place("city")
        .Organisation("district", "local-authority-district", "shire").Organisation("other-district", "local-authority-district", "city")
        .Person("councillor", "management", "commissioning", "district").Person("officer", "management", "commissioning", "other-district")
        .Body("shire-board", "place-board", "place", "shire").Body("city-board", "place-board", "place", "city").Body("icb", "icb-board");

    [Fact]
    public void Evaluate_DistrictMemberOnThePlaceBoard_IsSilent()
    {
        Assert.Empty(TwoTier().Member("councillor", "shire-board", "managerial").Findings(Rule));
    }

    [Fact]
    public void Evaluate_DistrictMemberOnASystemBody_IsSilent()
    {
        Assert.Empty(TwoTier().Member("councillor", "icb", "managerial").Findings(Rule));
    }

    [Fact]
    public void Evaluate_DistrictMemberOnlyOnAnotherPlacesBoard_ReportsGapForThePlace()
    {
        var finding = Assert.Single(TwoTier().Member("councillor", "city-board", "managerial").Findings(Rule));

        Assert.Equal(("shire", (string?)null), (finding.Subject, finding.BodyId));
        Assert.Equal("No district council in shire has a current member on a body of the place or the system.", finding.Message);
        // Only the shire's own district council fits, and it is offered the place's own board first.
        var candidate = Assert.Single(finding.Candidates);
        Assert.Equal(("councillor", "shire-board"), (candidate.PersonId, candidate.Seat.BodyId));
    }

    [Fact]
    public void Evaluate_UnitaryPlace_IsNotChecked()
    {
        var network = new TestNetwork().Place("city").Body("icb", "icb-board");

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_TwoTierPlaceWithNoDistrictCouncilOrganisationAtAll_ReportsGapThatCannotBeClosed()
    {
        var network = new TestNetwork().Place("shire", "two-tier").Organisation("county", "local-authority-county", "shire")
            .Person("officer", "management", "social-care", "county").Body("icb", "icb-board").Member("officer", "icb", "managerial");

        var finding = Assert.Single(network.Findings(Rule));

        Assert.Equal("shire is a two-tier place, but the register has no district council there.", finding.Message);
        Assert.Empty(finding.Targets);
        Assert.Empty(finding.Candidates);
    }
}

public class LocalAuthorityEquivalenceTests
{
    private const string Rule = "R-LOCAL-AUTHORITY-EQUIVALENCE";

    private static TestNetwork TwoAuthorities() => new TestNetwork()
        .Organisation("county", "local-authority-county").Organisation("unitary", "local-authority-unitary").Organisation("district", "local-authority-district")
        .Person("county-dass", "management", "social-care", "county").Person("unitary-dph", "public-health", "public-health", "unitary")
        .Body("icp", "icp").Body("place", "place-board", "place");

    [Fact]
    public void Evaluate_EachAuthorityOnASystemBody_IsSilent()
    {
        Assert.Empty(TwoAuthorities().Member("county-dass", "icp", "managerial").Member("unitary-dph", "icp").Findings(Rule));
    }

    [Fact]
    public void Evaluate_OneAuthorityOnlyAtPlace_WarnsNamingIt()
    {
        var finding = Assert.Single(TwoAuthorities().Member("county-dass", "icp", "managerial").Member("unitary-dph", "place").Findings(Rule));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(("unitary", (string?)null), (finding.Subject, finding.BodyId));
        Assert.Equal("unitary has no current member on any system-level body.", finding.Message);
        Assert.Empty(finding.Candidates); // warnings do not propose people
    }

    [Fact]
    public void Evaluate_SingleAuthority_IsSilent_DistrictsDoNotCount()
    {
        var network = new TestNetwork().Organisation("unitary", "local-authority-unitary").Organisation("district", "local-authority-district")
            .Body("icp", "icp");

        Assert.Empty(network.Findings(Rule));
    }
}
