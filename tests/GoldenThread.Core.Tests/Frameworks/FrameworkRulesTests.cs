namespace GoldenThread.Frameworks;

public class FrameworkRulesTests
{
    private static List<RatingLevel> Levels(params int[] values) => [.. values.Select(v => new RatingLevel(v, $"Level {v}", ""))];

    private static FrameworkDefinition Framework(List<RatingLevel>? levels = null, params Principle[] principles) => new()
    {
        Key = "test", Name = "Test framework", Levels = levels ?? Levels(1, 2, 3),
        Principles = principles.Length > 0 ? [.. principles] : [new Principle("A", "First", [new FrameworkCriterion("A.1", "Good", [])])],
    };

    [Fact]
    public void Problems_SoundFramework_None()
    {
        var framework = Framework(null,
            new Principle("A", "First", [new FrameworkCriterion("A.1", "Good", ["none", "some", "all"]), new FrameworkCriterion("A.2", "Better", [])]));

        Assert.Empty(FrameworkRules.Problems(framework));
    }

    [Fact]
    public void Problems_LevelsNotNumberedFromOne_NamesEachMisnumberedLevel()
    {
        // 1, 3, 4: the second should be 2 and the third 3.
        var problems = FrameworkRules.Problems(Framework(Levels(1, 3, 4)));

        Assert.Equal(["levels[1].value: must be 2, as levels are numbered from 1, lowest first",
                      "levels[2].value: must be 3, as levels are numbered from 1, lowest first"], problems);
    }

    [Fact]
    public void Problems_GuidanceCountNotTheLevels_NamesTheCriterion()
    {
        var framework = Framework(null, new Principle("A", "First",
            [new FrameworkCriterion("A.1", "Good", []), new FrameworkCriterion("A.2", "Better", ["none", "all"])]));

        var problem = Assert.Single(FrameworkRules.Problems(framework));

        Assert.Equal("principles[0].criteria[1].guidance: one line per level (3) or none; 2 found", problem);
    }

    [Fact]
    public void Problems_CriterionIdUsedTwiceAcrossPrinciples_NamesTheSecond()
    {
        var framework = Framework(null,
            new Principle("A", "First", [new FrameworkCriterion("A.1", "Good", [])]),
            new Principle("B", "Second", [new FrameworkCriterion("A.1", "Again", [])]));

        Assert.Equal(["principles[1].criteria[0].id: used twice"], FrameworkRules.Problems(framework));
    }

    [Fact]
    public void Problems_PrincipleIdUsedAsCriterionId_NamesTheCriterion()
    {
        var framework = Framework(null, new Principle("A", "First", [new FrameworkCriterion("A", "Good", [])]));

        Assert.Equal(["principles[0].criteria[0].id: used twice"], FrameworkRules.Problems(framework));
    }

    [Theory]
    [InlineData("P1/1")]
    [InlineData("P1 1")]
    [InlineData("P1.1?x")]
    [InlineData("A23456789012345678901234567890123")] // 33 characters: one more than the stored column holds
    public void Problems_CriterionIdNotLettersDigitsDotsOrHyphensUpTo32_NamesTheId(string id)
    {
        var framework = Framework(null, new Principle("A", "First", [new FrameworkCriterion(id, "Good", [])]));

        Assert.Equal(["principles[0].criteria[0].id: 32 letters, digits, dots or hyphens at most, and not blank"], FrameworkRules.Problems(framework));
    }

    [Fact]
    public void Problems_TextLongerThanAdaptingAllows_NamesTheText()
    {
        var framework = Framework(null, new Principle("A", "First", [new FrameworkCriterion("A.1", new string('x', FrameworkAdaptation.TextLength + 1), [])]));

        Assert.Equal(["principles[0].criteria[0].text: must be 1000 characters or fewer"], FrameworkRules.Problems(framework));
    }

    [Fact]
    public void Problems_EveryCriterionRetired_SaysOneMustBeLeft()
    {
        var framework = Framework(null, new Principle("A", "First",
            [new FrameworkCriterion("A.1", "Good", [], Retired: true), new FrameworkCriterion("A.2", "Better", [], Retired: true)]));

        Assert.Equal(["principles: at least one criterion that is not retired is needed"], FrameworkRules.Problems(framework));
    }

    [Fact]
    public void Problems_BlankNamesAndTexts_NameEachField()
    {
        var framework = new FrameworkDefinition
        {
            Key = " ", Name = "", Levels = [new RatingLevel(1, "", ""), new RatingLevel(2, "Two", "")],
            Principles = [new Principle("A", " ", [new FrameworkCriterion("A.1", "", [])])],
        };

        Assert.Equal(["key: enter the framework's key", "name: enter the framework's name", "levels[0].name: enter the level's name",
                      "principles[0].title: enter the principle's title", "principles[0].criteria[0].text: enter what good looks like"], FrameworkRules.Problems(framework));
    }

    [Fact]
    public void Problems_OneLevel_SaysHowManyAreNeeded()
    {
        Assert.Equal(["levels: between 2 and 7 levels are needed; 1 found"], FrameworkRules.Problems(Framework(Levels(1))));
    }
}
