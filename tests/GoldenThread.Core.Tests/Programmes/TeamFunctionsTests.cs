namespace GoldenThread.Programmes;

public class TeamFunctionsTests
{
    [Fact]
    public void Default_LoadsWithoutProblems_AndHasTheFunctionsTheJourneyOffers()
    {
        var functions = TeamFunctions.Default;

        Assert.Empty(functions.Problems());
        Assert.Equal(["clinical", "care", "public-health", "managerial", "operational", "analytical", "community-voluntary", "lived-experience"],
            functions.Functions.Select(f => f.Code));
    }

    [Theory]
    [InlineData("clinical", "Clinical")]
    [InlineData(" Clinical ", "Clinical")]
    [InlineData("LIVED-EXPERIENCE", "Lived experience")]
    [InlineData("surgery", null)]
    [InlineData(null, null)]
    public void Find_ComparesAsTheEngineDoes(string? code, string? label)
    {
        Assert.Equal(label, TeamFunctions.Default.Find(code)?.Label);
    }

    [Fact]
    public void Problems_RepeatedCodeAndMissingLabel_AreNamed()
    {
        var list = new TeamFunctions { Functions = [new("clinical", "Clinical", null), new("Clinical ", "", null)] };

        Assert.Equal(["Clinical is listed twice", "Clinical has no label"], list.Problems());
    }

    [Fact]
    public void Problems_OneFunction_IsRefused()
    {
        var list = new TeamFunctions { Functions = [new("clinical", "Clinical", null)] };

        Assert.Contains("at least 2 functions are needed, or no team could have two", list.Problems());
    }
}
