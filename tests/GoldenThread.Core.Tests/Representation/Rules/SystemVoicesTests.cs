namespace GoldenThread.Representation.Rules;

public class SystemVoicesTests
{
    private static TestNetwork TopTable() => new TestNetwork()
        .Organisation("practice", "nhs-primary-care").Organisation("trust", "nhs-acute").Organisation("council", "local-authority-unitary")
        .Organisation("community-trust", "nhs-community").Organisation("ambulance-trust", "nhs-ambulance")
        .Body("board", "icb-board").Body("cabinet", "clinical-cabinet");

    [Theory]
    [InlineData("R-PRIMARY-CARE-VOICE")]
    [InlineData("R-COMMUNITY-CARE-VOICE")]
    [InlineData("R-SOCIAL-CARE-VOICE")]
    [InlineData("R-PUBLIC-HEALTH-BOARD")]
    [InlineData("R-PHARMACY-SENIOR")]
    [InlineData("R-AMBULANCE-SENIOR")]
    [InlineData("R-NURSING-COMMUNITY-AND-HOSPITAL")]
    [InlineData("R-AHP-VOICE")]
    public void Evaluate_NoBodyOfTheKindsItNames_IsSilent(string rule)
    {
        var network = new TestNetwork().Person("gp", setting: "primary-care").Body("cabinet", "clinical-cabinet", level: "place")
            .Member("gp", "cabinet");

        Assert.Empty(network.Findings(rule));
    }

    [Fact]
    public void PrimaryCare_GpOnTheBoard_IsSilent()
    {
        var network = TopTable().Person("gp", setting: "primary-care", organisationId: "practice").Member("gp", "board");

        Assert.Empty(network.Findings("R-PRIMARY-CARE-VOICE"));
    }

    [Fact]
    public void PrimaryCare_PharmacistEmployedByAPractice_CountsThroughTheOrganisationSector()
    {
        var network = TopTable().Person("pharmacist", profession: "pharmacy", setting: "community", organisationId: "practice").Member("pharmacist", "board");

        Assert.Empty(network.Findings("R-PRIMARY-CARE-VOICE"));
    }

    [Fact]
    public void PrimaryCare_GpOnlyOnACabinet_ReportsSystemWideGapWithTheGpAsCandidate()
    {
        var network = TopTable().Person("gp", setting: "primary-care", organisationId: "practice").Person("surgeon", organisationId: "trust")
            .Member("gp", "cabinet").Member("surgeon", "board");

        var finding = Assert.Single(network.Findings("R-PRIMARY-CARE-VOICE"));

        Assert.Null(finding.BodyId);
        Assert.Equal("No top-level body has a member from primary care among its current members.", finding.Message);
        var candidate = Assert.Single(finding.Candidates);
        Assert.Equal(new Appointment("gp", "board", "member", "clinical"), candidate.Seat);
    }

    [Fact]
    public void PrimaryCare_TopLevelMeansSystemLevel_APlaceBoardDoesNotCount()
    {
        var network = new TestNetwork().Person("gp", setting: "primary-care").Body("board", "icb-board").Body("place", "clinical-executive", level: "place")
            .Member("gp", "place");

        Assert.Single(network.Findings("R-PRIMARY-CARE-VOICE"));
    }

    [Fact]
    public void CommunityCare_CommunityNurseOnTheBoard_IsSilent_AndAcuteNurseIsNot()
    {
        var withCommunity = TopTable().Person("nurse", "nursing", "community", "community-trust").Member("nurse", "board");
        var withAcute = TopTable().Person("nurse", "nursing", "acute", "trust").Member("nurse", "board");

        Assert.Empty(withCommunity.Findings("R-COMMUNITY-CARE-VOICE"));
        Assert.Single(withAcute.Findings("R-COMMUNITY-CARE-VOICE"));
    }

    [Fact]
    public void SocialCare_SocialWorkerOrSocialCareSetting_Counts()
    {
        var socialWorker = TopTable().Person("sw", "social-work", "mental-health").Member("sw", "board");
        var directorOfAdultServices = TopTable().Person("das", "management", "social-care", "council").Member("das", "board", "managerial");
        var councilFinanceLead = TopTable().Person("finance", "management", "commissioning", "council").Member("finance", "board", "managerial");

        Assert.Empty(socialWorker.Findings("R-SOCIAL-CARE-VOICE"));
        Assert.Empty(directorOfAdultServices.Findings("R-SOCIAL-CARE-VOICE"));
        Assert.Single(councilFinanceLead.Findings("R-SOCIAL-CARE-VOICE"));
    }

    [Fact]
    public void PublicHealth_OnlyTheBoardOrPartnershipCount()
    {
        var onCabinet = TopTable().Person("dph", "public-health", "public-health").Member("dph", "cabinet");
        var onBoard = TopTable().Person("dph", "medicine", "public-health", "council").Organisation("ph", "public-health").Person("analyst", "management", "commissioning", "ph")
            .Member("analyst", "board");

        Assert.Single(onCabinet.Findings("R-PUBLIC-HEALTH-BOARD"));
        // Sector public-health counts as well as the profession.
        Assert.Empty(onBoard.Findings("R-PUBLIC-HEALTH-BOARD"));
    }

    [Fact]
    public void Pharmacy_MiddleGradePharmacistIsNotSenior()
    {
        var middle = TopTable().Person("rx", "pharmacy", "acute", seniority: "middle").Member("rx", "cabinet");
        var executive = TopTable().Person("rx", "pharmacy", "acute", seniority: "executive").Member("rx", "cabinet");

        var finding = Assert.Single(middle.Findings("R-PHARMACY-SENIOR"));
        Assert.Empty(finding.Candidates); // the only pharmacist is not senior, so nobody in the register can close it
        Assert.Empty(executive.Findings("R-PHARMACY-SENIOR"));
    }

    [Fact]
    public void Ambulance_SeniorParamedicOfTheAmbulanceTrust_Counts()
    {
        var network = TopTable().Person("paramedic", "ahp", "acute", "ambulance-trust").Member("paramedic", "cabinet");

        Assert.Empty(network.Findings("R-AMBULANCE-SENIOR"));
        Assert.Empty(network.Findings("R-AHP-VOICE"));
    }

    [Fact]
    public void Ahp_NoAlliedHealthProfessional_ProposesThemBestFirst()
    {
        var network = TopTable().Person("physio-middle", "ahp", "community", seniority: "middle").Person("physio-exec", "ahp", "community", seniority: "executive")
            .Person("doctor").Member("doctor", "board");

        var finding = Assert.Single(network.Findings("R-AHP-VOICE"));

        Assert.Equal(["physio-exec", "physio-middle"], finding.Candidates.Select(c => c.PersonId));
    }

    [Fact]
    public void Nursing_OnlyAHospitalNurse_ReportsTheCommunityNurseMissing()
    {
        var network = TopTable().Person("ward-sister", "nursing", "acute", "trust").Person("district-nurse", "nursing", "community", "community-trust")
            .Member("ward-sister", "board");

        var finding = Assert.Single(network.Findings("R-NURSING-COMMUNITY-AND-HOSPITAL"));

        Assert.Equal("The top-level bodies have no current community nurse.", finding.Message);
        Assert.Equal(["district-nurse"], finding.Candidates.Select(c => c.PersonId));
    }

    [Fact]
    public void Nursing_TheTwoNursesOnDifferentTopLevelBodies_TogetherCount()
    {
        var network = TopTable().Body("executive", "clinical-executive")
            .Person("ward-sister", "nursing", "acute", "trust").Person("district-nurse", "nursing", "community", "community-trust")
            .Member("ward-sister", "board").Member("district-nurse", "executive");

        Assert.Empty(network.Findings("R-NURSING-COMMUNITY-AND-HOSPITAL"));
    }

    [Fact]
    public void Nursing_NoNurseAtAll_NamesBoth()
    {
        var network = TopTable().Person("doctor").Member("doctor", "board");

        var finding = Assert.Single(network.Findings("R-NURSING-COMMUNITY-AND-HOSPITAL"));

        Assert.Equal("The top-level bodies have no current community nurse or hospital nurse.", finding.Message);
        Assert.Equal(2, finding.Targets[0].Required);
    }
}
