using System.Globalization;

namespace GoldenThread.Representation.Rules;

public class StructureTests
{
    [Fact]
    public void DecisionRights_UndeclaredBody_Warns_OthersDoNot()
    {
        var network = new TestNetwork().Body("new-group", "advisory-group", rights: "undeclared").Body("board", "icb-board");

        var finding = Assert.Single(network.Findings("R-DECISION-RIGHTS-DECLARED"));

        Assert.Equal(("new-group", "new-group has not agreed its decision rights."), (finding.BodyId, finding.Message));
    }

    [Fact]
    public void FeedsInto_BodyThatFeedsNowhere_Warns_BoardAndPartnershipAreExempt()
    {
        var network = new TestNetwork().Body("board", "icb-board").Body("icp", "icp").Body("cabinet", "clinical-cabinet", feedsInto: ["board"])
            .Body("orphan", "advisory-group");

        var finding = Assert.Single(network.Findings("R-FEEDS-INTO"));

        Assert.Equal(("orphan", "orphan does not feed into any body."), (finding.BodyId, finding.Message));
    }

    [Fact]
    public void FeedsInto_OnlyIntoABodyThatHasEnded_Warns()
    {
        var network = new TestNetwork().Body("old", "clinical-executive", activeTo: new DateOnly(2025, 3, 31)).Body("cabinet", "clinical-cabinet", feedsInto: ["old"]);

        var finding = Assert.Single(network.Findings("R-FEEDS-INTO"), f => f.BodyId == "cabinet");

        Assert.Equal("cabinet feeds only into bodies that are not active on this date.", finding.Message);
    }
}

public class TopTableTenureTests
{
    private const string Rule = "R-TOP-TABLE-TENURE";

    private static TestNetwork Board() => new TestNetwork().Person("veteran").Body("board", "icb-board").Body("cabinet", "clinical-cabinet");

    [Fact]
    public void Evaluate_SixYearsExactly_IsSilent_OneDayMoreWarns()
    {
        // Started 24 November 2020: on 24 November 2026 that is exactly 6 years, not longer.
        var network = Board().Member("veteran", "board", start: new DateOnly(2020, 11, 24));

        Assert.Empty(network.Findings(Rule));
        var finding = Assert.Single(network.Findings(Rule, on: TestNetwork.On.AddDays(1)));
        Assert.Equal("veteran has sat on board since 24 November 2020, more than 6 years.", finding.Message);
        Assert.Equal(("board", "veteran"), (finding.BodyId, finding.Subject));
    }

    [Fact]
    public void Evaluate_OnAMachineInAnotherLanguage_WritesTheDateInEnglish()
    {
        var network = Board().Member("veteran", "board", start: new DateOnly(2018, 1, 1));
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Contains("since 1 January 2018,", Assert.Single(network.Findings(Rule)).Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Evaluate_BackToBackTerms_CountAsOneSpell()
    {
        var network = Board()
            .Member("veteran", "board", start: new DateOnly(2016, 4, 1), end: new DateOnly(2019, 3, 31))
            .Member("veteran", "board", role: "chair", start: new DateOnly(2019, 4, 1));

        Assert.Contains("since 1 April 2016", Assert.Single(network.Findings(Rule)).Message);
    }

    [Fact]
    public void Evaluate_ABreakBetweenTerms_StartsAFreshSpell()
    {
        var network = Board()
            .Member("veteran", "board", start: new DateOnly(2010, 4, 1), end: new DateOnly(2018, 3, 31))
            .Member("veteran", "board", start: new DateOnly(2021, 4, 1));

        Assert.Empty(network.Findings(Rule));
    }

    [Fact]
    public void Evaluate_DatesAtTheEndOfTheCalendar_DoNotOverflow()
    {
        var network = Board().Member("veteran", "board", start: new DateOnly(9996, 1, 1))
            .Member("veteran", "board", start: new DateOnly(9990, 1, 1), end: DateOnly.MaxValue);

        Assert.Single(network.Findings(Rule, on: DateOnly.MaxValue));
    }

    [Fact]
    public void Evaluate_LongServiceOnACabinet_IsNotTheTopTable()
    {
        Assert.Empty(Board().Member("veteran", "cabinet", start: new DateOnly(2010, 4, 1)).Findings(Rule));
    }

    [Fact]
    public void SpellStart_AnEarlierLongTermOverlappingTheCurrentOne_JoinsAcrossAShortGapInBetween()
    {
        // 2010–2020 overlaps the current seat from 2019; the 2015–2016 seat in between ends too early on its own.
        var seats = new TestNetwork()
            .Member("p", "b", start: new DateOnly(2010, 1, 1), end: new DateOnly(2020, 1, 1))
            .Member("p", "b", start: new DateOnly(2015, 1, 1), end: new DateOnly(2016, 1, 1))
            .Member("p", "b", start: new DateOnly(2019, 1, 1))
            .Document().Memberships;

        Assert.Equal(new DateOnly(2010, 1, 1), TopTableTenure.SpellStart(seats, TestNetwork.On));
    }
}

public class LeadershipTimeTests
{
    [Fact]
    public void Funded_ClinicalSeatWithoutHoursOrFunder_Warns_ManagerialSeatIsNotChecked()
    {
        var network = new TestNetwork().Person("gp").Person("manager", "management").Body("board", "icb-board")
            .Member("gp", "board", hours: 0, funder: null).Member("manager", "board", "managerial", hours: 0, funder: null);

        var finding = Assert.Single(network.Findings("R-LEADERSHIP-TIME-FUNDED"));

        Assert.Equal("gp's clinical seat on board has no hours allocated and no funder.", finding.Message);
    }

    [Fact]
    public void Funded_HeldPostWithoutSessions_Warns_VacantPostDoesNot()
    {
        var network = new TestNetwork().Person("holder")
            .Post("held", "Place clinical director", sessions: 0).Post("vacant", "Cancer lead", holder: null, sessions: 0, funder: null);

        var finding = Assert.Single(network.Findings("R-LEADERSHIP-TIME-FUNDED"));

        Assert.Equal(("held", "The post Place clinical director has no sessions allocated."), (finding.Subject, finding.Message));
    }

    [Fact]
    public void Succession_SystemPostWithoutSuccessor_Warns_PlacePostAndPostWithSuccessorDoNot()
    {
        var network = new TestNetwork().Person("holder").Person("heir")
            .Post("lonely", "Chief pharmacist").Post("covered", "Medical director", successors: ["heir"]).Post("local", "PCN lead", level: "place");

        var finding = Assert.Single(network.Findings("R-SUCCESSION"));

        Assert.Equal("The system post Chief pharmacist has no named successor.", finding.Message);
    }
}
