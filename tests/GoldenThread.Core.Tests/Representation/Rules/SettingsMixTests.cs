namespace GoldenThread.Representation.Rules;

public class SettingsMixTests
{
    private static TestNetwork Network() => new TestNetwork()
        .Organisation("practice", "nhs-primary-care").Person("gp", setting: "primary-care").Person("surgeon").Person("district-nurse", "nursing", "community")
        .Person("psychiatrist", setting: "mental-health").Person("practice-nurse", "nursing", "community", "practice")
        .Person("practice-manager", "management", "primary-care", "practice")
        .Body("cabinet", "clinical-cabinet", "place").Body("forum", "clinical-forum");

    [Fact]
    public void Cabinet_TwoOfTheThreeSettings_IsSilent()
    {
        Assert.Empty(Network().Member("gp", "cabinet").Member("surgeon", "cabinet").Findings("R-CABINET-MULTIDISCIPLINARY"));
    }

    [Fact]
    public void Cabinet_OnlyPrimaryCare_NeedsOneMore()
    {
        var finding = Assert.Single(Network().Member("gp", "cabinet").Findings("R-CABINET-MULTIDISCIPLINARY"));

        Assert.Equal("cabinet has current members from 1 of primary care, acute and community services; at least 2 are needed.", finding.Message);
        Assert.Equal(1, finding.Targets[0].Required);
        Assert.Equal(2, finding.Targets[0].Missing.Count);
    }

    [Fact]
    public void Cabinet_OnlyAcute_ProposesCliniciansFromPrimaryCareOrCommunity_NotThePracticeManager()
    {
        var finding = Assert.Single(Network().Member("surgeon", "cabinet").Findings("R-CABINET-MULTIDISCIPLINARY"));

        // A cabinet is clinical: the practice manager would count as a member from primary care, but is not proposed.
        Assert.Equal(["district-nurse", "gp", "practice-nurse"], finding.Candidates.Select(c => c.PersonId).Order());
    }

    [Fact]
    public void Cabinet_OnePersonFromTwoSettings_IsEnough()
    {
        // A community nurse employed by a practice is from primary care (sector) and community (setting).
        Assert.Empty(Network().Member("practice-nurse", "cabinet").Findings("R-CABINET-MULTIDISCIPLINARY"));
    }

    [Fact]
    public void Cabinet_MinimumIsAParameter()
    {
        var (catalogue, errors) = RuleCatalogue.Parse(RuleCatalogueTests.DefaultJson().Replace("\"minimum\": 2", "\"minimum\": 3"));
        Assert.Empty(errors);

        var finding = Assert.Single(Network().Member("gp", "cabinet").Member("surgeon", "cabinet").Findings("R-CABINET-MULTIDISCIPLINARY", catalogue: catalogue));

        Assert.Contains("at least 3 are needed", finding.Message);
        Assert.Equal(["district-nurse", "practice-nurse"], finding.Candidates.Select(c => c.PersonId).Order());
    }

    [Fact]
    public void Forum_AllFourSettings_IsSilent_ThreeWarns()
    {
        var all = Network().Member("gp", "forum").Member("surgeon", "forum").Member("district-nurse", "forum").Member("psychiatrist", "forum");
        var three = Network().Member("gp", "forum").Member("surgeon", "forum").Member("district-nurse", "forum");

        Assert.Empty(all.Findings("R-FORUM-CROSS-SECTOR"));
        var finding = Assert.Single(three.Findings("R-FORUM-CROSS-SECTOR"));
        Assert.Equal((Severity.Warning, "forum has no current member from mental health."), (finding.Severity, finding.Message));
    }
}
