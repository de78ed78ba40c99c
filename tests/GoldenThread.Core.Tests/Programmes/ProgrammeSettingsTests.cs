namespace GoldenThread.Programmes;

public class ProgrammeSettingsTests
{
    private static readonly ProgrammeSettings Good = new() { Id = "2026-autumn", Systems = [new("QXX", ["mental health"])] };

    [Fact]
    public void Problems_TheDefaults_AreNone()
    {
        Assert.Empty(Good.Problems());
        Assert.Equal((6, 5, 40, 1m), (Good.MinTeamSize, Good.MaxTeamsPerSystem, Good.PeoplePerSystem, Good.MinDaysPerMonth));
    }

    [Theory]
    [InlineData(2, 1, 1, 0)]
    [InlineData(100, 100, 10_000, 31)]
    public void Problems_TheEdgesOfEachRange_AreAllowed(int team, int teams, int people, int days)
    {
        var settings = Good with { MinTeamSize = team, MaxTeamsPerSystem = teams, PeoplePerSystem = people, MinDaysPerMonth = days };

        Assert.Empty(settings.Problems());
    }

    [Fact]
    public void Problems_EachNumberJustOutsideItsRange_IsNamedByItsField()
    {
        var low = Good with { Id = " ", MinTeamSize = 1, MaxTeamsPerSystem = 0, PeoplePerSystem = 0, MinDaysPerMonth = -0.5m };
        var high = Good with { MinTeamSize = 101, MaxTeamsPerSystem = 101, PeoplePerSystem = 10_001, MinDaysPerMonth = 31.5m };

        ProgrammeProblem[] expected =
        [
            new("minTeamSize", "Minimum team size must be between 2 and 100"),
            new("maxTeamsPerSystem", "Teams per system must be between 1 and 100"),
            new("peoplePerSystem", "People per system must be between 1 and 10,000"),
            new("minDaysPerMonth", "Days a month must be between 0 and 31"),
        ];
        Assert.Equal([new("id", "Enter the programme's id"), .. expected], low.Problems());
        Assert.Equal(expected, high.Problems());
    }

    [Fact]
    public void Problems_ASystemTwiceInAnotherCaseBlankCodeAndNoOrBlankAreas_AreNamedByPath()
    {
        var settings = Good with
        {
            Systems = [new("QXX", ["mental health"]), new("qxx", ["frailty"]), new("QYY", []), new(" ", ["frailty", "  "])],
        };

        Assert.Equal(
        [
            new ProgrammeProblem("systems[1].code", "qxx is listed twice"),
            new ProgrammeProblem("systems[2].priorityAreas", "QYY has no priority areas"),
            new ProgrammeProblem("systems[3].code", "Enter the system's ODS code"),
            new ProgrammeProblem("systems[3].priorityAreas[1]", "A priority area cannot be blank"),
        ], settings.Problems());
    }

    [Fact]
    public void System_FindsTheCodeWhateverItsCase()
    {
        Assert.Equal("QXX", Good.System("qXx")?.Code);
        Assert.Null(Good.System("QYY"));
    }
}
