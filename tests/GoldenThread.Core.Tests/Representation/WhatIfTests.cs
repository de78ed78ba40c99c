namespace GoldenThread.Representation;

public class WhatIfTests
{
    private static readonly TestNetwork Board = new TestNetwork()
        .Person("manager", "management").Person("citizen", "lay", "voluntary-community", lay: true).Person("gp", setting: "primary-care")
        .Body("board", "icb-board").Member("manager", "board", "managerial");

    [Fact]
    public void Try_LayMemberOnABoardLackingLayAndClinical_NarrowsTheTriumvirateGap()
    {
        var network = Board.Build();
        var before = RepresentationEngine.Default.Evaluate(network, TestNetwork.On);

        var whatIf = WhatIf.Try(RepresentationEngine.Default, network, TestNetwork.On, before, [new Appointment("citizen", "board", "lay-member", "lay")]);

        var (was, now) = Assert.Single(whatIf.Narrowed);
        Assert.Equal("board has no current clinical or lay member.", was.Message);
        Assert.Equal("board has no current clinical member.", now.Message);
        Assert.Empty(whatIf.Opened);
    }

    [Fact]
    public void Try_GpOnTheBoard_ClosesPrimaryCare_AndOpensTheUnfundedSeatWarning()
    {
        var network = Board.Build();
        var before = RepresentationEngine.Default.Evaluate(network, TestNetwork.On);

        var whatIf = WhatIf.Try(RepresentationEngine.Default, network, TestNetwork.On, before, [new Appointment("gp", "board", "member", "clinical")]);

        Assert.Contains(whatIf.Closed, f => f.Rule == "R-PRIMARY-CARE-VOICE");
        Assert.DoesNotContain(whatIf.Closed, f => f.Rule == "R-TRIUMVIRATE"); // the lay seat is still empty
        var opened = Assert.Single(whatIf.Opened);
        Assert.Equal("R-LEADERSHIP-TIME-FUNDED", opened.Rule);
    }

    [Fact]
    public void Try_NoAppointments_ChangesNothing()
    {
        var network = Board.Build();
        var before = RepresentationEngine.Default.Evaluate(network, TestNetwork.On);

        var whatIf = WhatIf.Try(RepresentationEngine.Default, network, TestNetwork.On, before, []);

        Assert.Empty(whatIf.Closed);
        Assert.Empty(whatIf.Narrowed);
        Assert.Empty(whatIf.Opened);
    }

    [Fact]
    public void Try_RegisterWithTheSameUnfundedSeatTwice_MatchesFindingsByKeyWithoutFailing()
    {
        // Two identical memberships give two findings with one key.
        var network = new TestNetwork().Person("gp", setting: "primary-care").Person("citizen", "lay", "voluntary-community", lay: true)
            .Body("board", "icb-board").Member("gp", "board", hours: 0).Member("gp", "board", hours: 0).Build();
        var before = RepresentationEngine.Default.Evaluate(network, TestNetwork.On);
        Assert.Equal(2, before.Count(f => f.Rule == "R-LEADERSHIP-TIME-FUNDED"));

        var whatIf = WhatIf.Try(RepresentationEngine.Default, network, TestNetwork.On, before, [new Appointment("citizen", "board", "lay-member", "lay")]);

        Assert.DoesNotContain(whatIf.Closed, f => f.Rule == "R-LEADERSHIP-TIME-FUNDED");
        Assert.Single(whatIf.Narrowed, n => n.Before.Rule == "R-TRIUMVIRATE");
    }
}
