namespace GoldenThread.Representation;

public class FindingSnapshotTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid System = Guid.CreateVersion7();

    private static readonly RepresentationNetwork Network = new TestNetwork()
        .Body("Board", "icb-board").Body("Cabinet", "clinical-cabinet", rights: "advisory", feedsInto: ["Board"]).Build();

    private static Finding Gap(string? body, string message, string? subject = null) => new("R-TEST", Severity.Gap, body, message) { Subject = subject };

    private static FindingSnapshot Snapshot(string by, params Finding[] findings) => Snapshot(by, Noon, findings);

    private static FindingSnapshot Snapshot(string by, DateTimeOffset at, params Finding[] findings) =>
        FindingSnapshot.Of(System, Network, TestNetwork.On, findings, by, at);

    [Fact]
    public void Of_Findings_CountsBySeverityAndNamesEachBody()
    {
        var snapshot = Snapshot("Lee", Gap("Board", "no lay member"), Gap(null, "no AHP anywhere"),
            new Finding("R-FEEDS-INTO", Severity.Warning, "Cabinet", "feeds into nothing"));

        Assert.Equal((2, 1), (snapshot.Gaps, snapshot.Warnings));
        Assert.Equal(["Board", null, "Cabinet"], snapshot.Findings.Select(f => f.BodyName));
        Assert.Equal(["gap", "gap", "warning"], snapshot.Findings.Select(f => f.Severity));
    }

    [Fact]
    public void Repeats_SamePersonDateAndFindingsInAnyOrderWithinTheInterval_IsARepeat()
    {
        var first = Snapshot("Lee", Gap("Board", "a"), Gap("Cabinet", "b"));
        var again = Snapshot("Lee", Noon + FindingSnapshot.ReRunInterval, Gap("Cabinet", "b"), Gap("Board", "a"));

        Assert.True(again.Repeats(first));
    }

    [Fact]
    public void Repeats_AnyDifference_IsNotARepeat()
    {
        var first = Snapshot("Lee", Gap("Board", "a"));

        Assert.False(Snapshot("Ada", Noon, Gap("Board", "a")).Repeats(first));                                     // someone else
        Assert.False(Snapshot("Lee", Noon.AddMinutes(16), Gap("Board", "a")).Repeats(first));                      // too late
        Assert.False(Snapshot("Lee", Noon.AddMinutes(-1), Gap("Board", "a")).Repeats(first));                      // taken before it
        Assert.False(Snapshot("Lee", Noon, Gap("Board", "a, reworded")).Repeats(first));                           // other words
        Assert.False(Snapshot("Lee", Noon, Gap("Board", "a"), Gap("Cabinet", "b")).Repeats(first));                // more findings
        var otherDay = Snapshot("Lee", Gap("Board", "a"));
        otherDay.On = otherDay.On.AddDays(-1);
        Assert.False(otherDay.Repeats(first));
    }

    [Fact]
    public void ChangesSince_MatchesFindingsByKey()
    {
        var before = Snapshot("Lee", Gap("Board", "no lay member"), Gap(null, "place A", subject: "A"), Gap(null, "place B", subject: "B"));
        var after = Snapshot("Lee", Gap("Board", "no lay member or manager"), Gap(null, "place B", subject: "B"), Gap("Cabinet", "one setting"));

        var changes = after.ChangesSince(before);

        // The board's finding was reworded but stayed open; place A's closed; the cabinet's opened.
        Assert.Equal(["R-TEST|Cabinet|"], changes.Opened.Select(f => f.Key));
        Assert.Equal(["R-TEST||A"], changes.Closed.Select(f => f.Key));
        Assert.True(after.ChangesSince(after).None);
    }
}
