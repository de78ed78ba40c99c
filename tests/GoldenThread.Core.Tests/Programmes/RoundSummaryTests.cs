using CsCheck;
using GoldenThread.Diversity;

namespace GoldenThread.Programmes;

public class RoundSummaryTests
{
    private static readonly DiversityVocabulary Disclosure = DiversityVocabulary.Default;
    private static readonly string[] Sectors = ["nhs-acute", "local-authority-unitary", "voluntary-community"];

    private static RoundSummary.Entry Team(string system, string region, bool eligible, bool selected, params (string Sector, int People)[] members) =>
        new(system, region, eligible, selected, [.. members.SelectMany(m => Enumerable.Repeat(m.Sector, m.People))]);

    private static RoundSummary.Summary Of(params RoundSummary.Entry[] entries) => RoundSummary.Of(entries, Sectors, Disclosure);

    [Fact]
    public void Of_FourTeams_CountsTeamsAsTheyAreAndPeopleDisclosed()
    {
        // Teams: 4 applied, 3 eligible, 2 selected. Members: 8+6 acute, 4+4 council, 3+3 voluntary.
        // Applied: acute 8+6+6+6 = 26 → 25; council 4+4 = 8 → withheld; voluntary 3+3 = 6 → withheld; all 40 → 40.
        // Eligible (first three): acute 20 → 20; everyone 34 → 35. Selected (first two): acute 14 → 15; everyone 28 → 30.
        var summary = Of(
            Team("QXA", "London", true, true, ("nhs-acute", 8), ("local-authority-unitary", 4), ("voluntary-community", 3)),
            Team("QXB", "London", true, true, ("nhs-acute", 6), ("local-authority-unitary", 4), ("voluntary-community", 3)),
            Team("QXC", "South West", true, false, ("nhs-acute", 6)),
            Team("QXD", "South West", false, false, ("nhs-acute", 6)));

        Assert.Equal(new RoundSummary.Stages<int>(4, 3, 2), summary.Teams);
        Assert.Equal((40, 35, 30), (summary.People.Applied.Shown, summary.People.Eligible.Shown, summary.People.Selected.Shown));
        var acute = summary.Sectors.Single(s => s.Sector == "nhs-acute").People;
        Assert.Equal((25, 20, 15), (acute.Applied.Shown, acute.Eligible.Shown, acute.Selected.Shown));
        var council = summary.Sectors.Single(s => s.Sector == "local-authority-unitary").People;
        Assert.True(council.Applied.Withheld && council.Eligible.Withheld && council.Selected.Withheld);
        Assert.Equal(Sectors, summary.Sectors.Select(s => s.Sector));
    }

    [Fact]
    public void Of_TwoRegionsOfTwoSystemsEach_ListsEachRegion()
    {
        var summary = Of(
            Team("QXA", "London", true, true), Team("QXB", "London", true, false), Team("QXB", "London", false, false),
            Team("QXC", "South West", true, true), Team("QXD", "South West", true, false));

        Assert.Equal(
            [("London", 2, new RoundSummary.Stages<int>(3, 2, 1)), ("South West", 2, new RoundSummary.Stages<int>(2, 2, 1))],
            summary.Regions.Select(r => (r.Label, r.Systems, r.Teams)));
    }

    [Fact]
    public void Of_TwoRegionsOfOneSystemEach_PoolsThemAsOtherRegions()
    {
        // London has 2 systems and is listed; the North East's one system and the Midlands' one pool into 2 systems.
        var summary = Of(
            Team("QXA", "London", true, true), Team("QXB", "London", true, false),
            Team("QXN", "North East and Yorkshire", true, true), Team("QXM", "Midlands", false, false));

        Assert.Equal(["London", "Other regions"], summary.Regions.Select(r => r.Label));
        var other = summary.Regions[1];
        Assert.Equal(["Midlands", "North East and Yorkshire"], other.Regions);
        Assert.Equal((2, new RoundSummary.Stages<int>(2, 1, 1)), (other.Systems, other.Teams));
    }

    [Fact]
    public void Of_OneRegionOfOneSystem_PoolsTheSmallestListedRegionWithIt()
    {
        // The North East alone would be system QXN's own result: the smaller listed region (South West, 2 systems,
        // not London's 3) joins it, making a pool of 3 systems.
        var summary = Of(
            Team("QXA", "London", true, true), Team("QXB", "London", true, false), Team("QXC", "London", true, false),
            Team("QXS", "South West", true, true), Team("QXT", "South West", true, false),
            Team("QXN", "North East and Yorkshire", true, true));

        Assert.Equal([("London", 3), ("Other regions", 3)], summary.Regions.Select(r => (r.Label, r.Systems)));
        Assert.Equal(["North East and Yorkshire", "South West"], summary.Regions[1].Regions);
    }

    [Fact]
    public void Of_OneSystemOnly_HasOneRowForAllRegions()
    {
        var summary = Of(Team("QXV", "South West", true, true), Team("QXV", "South West", false, false));

        var row = Assert.Single(summary.Regions);
        Assert.Equal(("All regions", 1, new RoundSummary.Stages<int>(2, 1, 1)), (row.Label, row.Systems, row.Teams));
    }

    [Fact]
    public void Of_NoApplications_HasNoRegionAndWithholdsEveryPeopleCount()
    {
        var summary = Of();

        Assert.Empty(summary.Regions);
        Assert.Equal(new RoundSummary.Stages<int>(0, 0, 0), summary.Teams);
        Assert.True(summary.People.Applied.Withheld);
    }

    [Fact]
    public void Of_ASectorOutsideTheList_HasItsOwnRowAfterTheListedOnes()
    {
        var summary = Of(Team("QXA", "London", true, true, ("housing", 12)));

        Assert.Equal([.. Sectors, "housing"], summary.Sectors.Select(s => s.Sector));
        Assert.Equal(10, summary.Sectors[^1].People.Applied.Shown);
    }

    private static readonly Gen<RoundSummary.Entry> Entries =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 3], Gen.Bool, Gen.Bool, Gen.OneOf<string>([.. Sectors, "housing"]).List[0, 14],
            (system, region, eligible, selected, sectors) =>
                new RoundSummary.Entry($"Q{system}", $"Region {region}", eligible, eligible && selected, sectors));

    [Fact]
    public void Of_AnyRound_NeverShowsAPeopleCountBetweenZeroAndTheThreshold()
    {
        Entries.List[0, 40].Sample(entries =>
        {
            var summary = RoundSummary.Of(entries, Sectors, Disclosure);

            var cells = summary.Sectors.Select(s => s.People).Append(summary.People)
                .SelectMany(p => new[] { p.Applied, p.Eligible, p.Selected });
            Assert.All(cells, c => Assert.True(c.Shown is null || c.Shown >= Disclosure.SuppressionThreshold, $"{c.Shown} shown"));
        });
    }

    [Fact]
    public void Of_AnyRound_EveryRegionRowCoversTwoSystemsUnlessItIsTheWholeRound()
    {
        Entries.List[0, 40].Sample(entries =>
        {
            var summary = RoundSummary.Of(entries, Sectors, Disclosure);

            Assert.All(summary.Regions, r => Assert.True(r.Systems >= RoundSummary.FewestSystemsPerRegion || r.Teams == summary.Teams,
                $"{r.Label} covers {r.Systems} system"));
            // Rows partition the round: every team is in exactly one.
            Assert.Equal(summary.Teams.Applied, summary.Regions.Sum(r => r.Teams.Applied));
            Assert.Equal(summary.Teams.Selected, summary.Regions.Sum(r => r.Teams.Selected));
        });
    }
}
