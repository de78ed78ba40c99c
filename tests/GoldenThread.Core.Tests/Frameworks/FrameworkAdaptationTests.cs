using GoldenThread.Network;

namespace GoldenThread.Frameworks;

public class FrameworkAdaptationTests
{
    private static readonly string[] FourLines = ["none", "some", "most", "all"];

    private static FrameworkDefinition Ccpl => FrameworkLibrary.Ccpl;

    private static FrameworkDefinition Applied(FrameworkDefinition current, FrameworkChange change)
    {
        var adaptation = FrameworkAdaptation.Apply(current, change);
        Assert.Empty(adaptation.Problems);
        return adaptation.Definition!;
    }

    private static FieldError Refusal(FrameworkDefinition current, FrameworkChange change)
    {
        var adaptation = FrameworkAdaptation.Apply(current, change);
        Assert.Null(adaptation.Definition);
        return Assert.Single(adaptation.Problems);
    }

    [Fact]
    public void Add_ToPrincipleWithFiveCriteria_TakesTheNextNumberAtTheEnd()
    {
        // P1 has P1.1 to P1.5, so the next is P1.6.
        var adaptation = FrameworkAdaptation.Apply(Ccpl, new AddCriterion("P1", "  Leaders hear from students  ", FourLines));

        Assert.Equal("P1.6", adaptation.CriterionId);
        var added = adaptation.Definition!.Principles[0].Criteria[^1];
        Assert.Equal(("P1.6", "Leaders hear from students", null, false), (added.Id, added.Text, added.Evidence, added.Retired));
        Assert.Equal(FourLines, added.Guidance);
        Assert.Empty(FrameworkRules.Problems(adaptation.Definition));
    }

    [Fact]
    public void Add_AfterTheHighestWasRetired_NeverReusesItsId()
    {
        // P5.3 retired stays, so adding to P5 gives P5.4, and adding again P5.5.
        var retired = Applied(Ccpl, new RetireCriterion("P5.3"));
        var once = Applied(retired, new AddCriterion("P5", "First new", []));
        var twice = FrameworkAdaptation.Apply(once, new AddCriterion("P5", "Second new", []));

        Assert.Equal("P5.5", twice.CriterionId);
        Assert.Equal(["P5.1", "P5.2", "P5.3", "P5.4", "P5.5"], twice.Definition!.Principles[4].Criteria.Select(c => c.Id));
        Assert.True(twice.Definition.Criterion("P5.3")!.Retired);
    }

    [Fact]
    public void Add_BlankGuidance_KeepsNone()
    {
        var next = Applied(Ccpl, new AddCriterion("P3", "Leaders have a budget", ["", " ", null, ""]));

        Assert.Empty(next.Criterion("P3.5")!.Guidance);
    }

    [Fact]
    public void Add_BlankText_RefusedNamingText()
    {
        Assert.Equal(new FieldError("text", "Enter what good looks like"), Refusal(Ccpl, new AddCriterion("P1", "  ", [])));
    }

    [Fact]
    public void Add_UnknownPrinciple_RefusedNamingPrinciple()
    {
        Assert.Equal("principleId", Refusal(Ccpl, new AddCriterion("P9", "Good", [])).Field);
    }

    [Fact]
    public void Add_SomeGuidanceBlank_RefusedNamingTheBlankLevel()
    {
        var refusal = Refusal(Ccpl, new AddCriterion("P1", "Good", ["none", "", "most", "all"]));

        Assert.Equal(new FieldError("guidance[1]", "Enter what \"Emerging\" looks like, or leave every level blank"), refusal);
    }

    [Fact]
    public void Add_GuidanceForThreeOfFourLevels_RefusedNamingGuidance()
    {
        Assert.Equal("guidance", Refusal(Ccpl, new AddCriterion("P1", "Good", ["a", "b", "c"])).Field);
    }

    [Fact]
    public void Change_TextAndGuidance_KeepsIdPlaceAndEvidence()
    {
        var next = Applied(Ccpl, new ChangeCriterion("P1.1", "Every profession is heard", FourLines));

        var changed = next.Principles[0].Criteria[0];
        Assert.Equal(("P1.1", "Every profession is heard", "professions-voice"), (changed.Id, changed.Text, changed.Evidence));
        Assert.Equal(FourLines, changed.Guidance);
        Assert.Equal("Every clinical and care profession has a role and a voice in the system", Ccpl.Criterion("P1.1")!.Text);
    }

    [Fact]
    public void Change_NothingDifferent_RefusedNamingText()
    {
        var same = Ccpl.Criterion("P2.1")!;

        Assert.Equal("text", Refusal(Ccpl, new ChangeCriterion("P2.1", same.Text, [.. same.Guidance])).Field);
    }

    [Fact]
    public void Change_UnknownCriterion_RefusedNamingCriterion()
    {
        Assert.Equal(new FieldError("criterionId", "Select a criterion of this framework"), Refusal(Ccpl, new ChangeCriterion("P1.99", "Good", [])));
    }

    [Fact]
    public void Retire_Criterion_StaysInPlaceMarkedRetiredAndIsNoLongerRated()
    {
        var next = Applied(Ccpl, new RetireCriterion("P3.2"));

        Assert.True(next.Principles[2].Criteria[1].Retired);
        Assert.Equal("P3.2", next.Principles[2].Criteria[1].Id);
        Assert.Equal(20, next.Criteria.Count());
        Assert.Equal(21, next.AllCriteria.Count());
        Assert.False(Ccpl.Criterion("P3.2")!.Retired);
    }

    [Fact]
    public void Retire_LastActiveCriterion_RefusedNamingCriterion()
    {
        var framework = new FrameworkDefinition
        {
            Key = "k", Name = "N", Levels = [new(1, "Low", ""), new(2, "High", "")],
            Principles = [new("A", "A", [new("A.1", "Good", []), new("A.2", "Gone", [], Retired: true)])],
        };

        var refusal = Refusal(framework, new RetireCriterion("A.1"));

        Assert.Equal("criterionId", refusal.Field);
        Assert.Contains("last one rated", refusal.Message);
    }

    [Fact]
    public void Retire_AlreadyRetired_Refused()
    {
        var retired = Applied(Ccpl, new RetireCriterion("P1.2"));

        Assert.Equal("criterionId", Refusal(retired, new RetireCriterion("P1.2")).Field);
    }

    [Fact]
    public void Restore_RetiredCriterion_IsRatedAgain()
    {
        var restored = Applied(Applied(Ccpl, new RetireCriterion("P4.4")), new RestoreCriterion("P4.4"));

        Assert.False(restored.Criterion("P4.4")!.Retired);
        Assert.Equal(21, restored.Criteria.Count());
    }

    [Fact]
    public void Restore_CriterionNotRetired_Refused()
    {
        Assert.Equal(new FieldError("criterionId", "Criterion P4.4 is not retired"), Refusal(Ccpl, new RestoreCriterion("P4.4")));
    }

    [Fact]
    public void Rename_Levels_ChangesWordsAndKeepsValues()
    {
        var next = Applied(Ccpl, new RenameLevels([new("Red", "Nothing yet"), new("Amber", " Some "), new("Yellow", null), new("Green", "All")]));

        Assert.Equal([new RatingLevel(1, "Red", "Nothing yet"), new RatingLevel(2, "Amber", "Some"), new RatingLevel(3, "Yellow", ""), new RatingLevel(4, "Green", "All")],
            next.Levels);
        Assert.Equal("Not started", Ccpl.Levels[0].Name);
    }

    [Fact]
    public void Rename_BlankName_RefusedNamingTheLevel()
    {
        var refusal = Refusal(Ccpl, new RenameLevels([new("Red", ""), new("", ""), new("Yellow", ""), new("Green", "")]));

        Assert.Equal(new FieldError("levels[1].name", "Enter a name for level 2"), refusal);
    }

    [Fact]
    public void Rename_TwoLevelsAlike_Refused()
    {
        Assert.Equal("levels", Refusal(Ccpl, new RenameLevels([new("Red", ""), new("red", ""), new("Yellow", ""), new("Green", "")])).Field);
    }

    [Fact]
    public void Rename_WrongNumberOfLevels_Refused()
    {
        Assert.Equal("levels", Refusal(Ccpl, new RenameLevels([new("Low", ""), new("High", "")])).Field);
    }

    [Fact]
    public void NextVersionProblems_CriterionRemoved_NamesItAndSaysRetire()
    {
        var removed = new FrameworkDefinition
        {
            Key = Ccpl.Key, Name = Ccpl.Name, Levels = Ccpl.Levels,
            Principles = [.. Ccpl.Principles.Select(p => p with { Criteria = [.. p.Criteria.Where(c => c.Id != "P2.3")] })],
        };

        var problem = Assert.Single(FrameworkAdaptation.NextVersionProblems(Ccpl, removed));

        Assert.Equal("principles", problem.Field);
        Assert.StartsWith("Criterion P2.3 is missing", problem.Message);
    }

    [Fact]
    public void NextVersionProblems_KeyChangedAndRuleBroken_NamesBothPaths()
    {
        var changed = new FrameworkDefinition { Key = "other", Name = "", Levels = Ccpl.Levels, Principles = Ccpl.Principles };

        Assert.Equal([new FieldError("name", "Enter the framework's name"), new FieldError("key", "The key stays \"ccpl\"")],
            FrameworkAdaptation.NextVersionProblems(Ccpl, changed));
    }
}
