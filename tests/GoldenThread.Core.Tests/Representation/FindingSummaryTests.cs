namespace GoldenThread.Representation;

public class FindingSummaryTests
{
    [Fact]
    public void Of_Findings_CountsActiveBodiesWithAndWithoutFindings()
    {
        var network = new TestNetwork()
            .Body("Board", "icb-board").Body("Cabinet", "clinical-cabinet").Body("Forum", "clinical-forum")
            .Body("Old group", "clinical-forum", activeTo: TestNetwork.On.AddDays(-1))
            .Build();
        Finding[] findings =
        [
            new("R-A", Severity.Gap, "Board", "one"), new("R-B", Severity.Warning, "Board", "two"),
            new("R-C", Severity.Gap, null, "system-wide"), new("R-D", Severity.Warning, "Cabinet", "three"),
        ];

        var summary = FindingSummary.Of(network, TestNetwork.On, findings);

        // 3 active bodies (the old group has closed): the board and the cabinet have findings, the forum has none.
        Assert.Equal(new FindingSummary(Gaps: 2, Warnings: 2, BodiesWithFindings: 2, BodiesClean: 1), summary);
    }
}
