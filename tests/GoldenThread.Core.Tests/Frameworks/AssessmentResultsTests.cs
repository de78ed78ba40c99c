namespace GoldenThread.Frameworks;

public class AssessmentResultsTests
{
    private static ModeratedLevel M(string id, int? level) => new(id, level);

    [Fact]
    public void ByPrinciple_CountsEachLevelAndAveragesTheLevelsGiven()
    {
        var definition = Definitions.TwoPrinciples();

        var results = AssessmentResults.ByPrinciple(definition, [M("A.1", 2), M("A.2", 3), M("B.1", 4), M("B.2", null)]);

        // A: levels 2 and 3, mean (2 + 3) / 2 = 2.5. B: level 4 and one not applicable, mean 4 / 1 = 4.
        Assert.Equal(["A", "B"], results.Select(r => r.PrincipleId));
        Assert.Equal([0, 1, 1, 0], results[0].Counts);
        Assert.Equal(2.5, results[0].Mean);
        Assert.Equal([0, 0, 0, 1], results[1].Counts);
        Assert.Equal((1, 0, 4.0), (results[1].NotApplicable, results[1].NotModerated, results[1].Mean!.Value));
    }

    [Fact]
    public void ByPrinciple_UnmoderatedAndNotApplicableCriteria_HaveNoMean()
    {
        var results = AssessmentResults.ByPrinciple(Definitions.TwoPrinciples(), [M("A.1", null)]);

        Assert.Equal((1, 1, 2), (results[0].NotApplicable, results[0].NotModerated, results[0].Criteria));
        Assert.Null(results[0].Mean);
        Assert.Equal(2, results[1].NotModerated);
    }

    [Fact]
    public void ByPrinciple_RetiredCriteria_AreLeftOut()
    {
        var results = AssessmentResults.ByPrinciple(Definitions.TwoPrinciples(retired: "B.2"), [M("B.2", 1), M("B.1", 3)]);

        Assert.Equal(1, results[1].Criteria);
        Assert.Equal(3.0, results[1].Mean);
    }

    [Fact]
    public void Compare_MatchesByCriterionIdAcrossVersions()
    {
        // The previous version had A.1, A.2, B.1 and B.2 (B.2 since retired); the current one retires nothing but the
        // previous assessment never rated B.2 (say it was added since): new.
        var previous = Definitions.TwoPrinciples(retired: "B.2");
        var current = Definitions.TwoPrinciples();

        var changes = AssessmentResults.Compare(current, [M("A.1", 3), M("A.2", 2), M("B.1", null), M("B.2", 2)],
            previous, [M("A.1", 2), M("A.2", 2), M("B.1", 1)]);

        Assert.Equal(
            [
                new CriterionChange("A.1", 2, 3, LevelChange.Improved, true),
                new CriterionChange("A.2", 2, 2, LevelChange.Same, true),
                new CriterionChange("B.1", 1, null, LevelChange.NotComparable, true),
                new CriterionChange("B.2", null, 2, LevelChange.New, false),
            ], changes);
    }

    [Fact]
    public void Compare_WorseNotApplicableBeforeAndNotModeratedYet()
    {
        var definition = Definitions.TwoPrinciples();

        var changes = AssessmentResults.Compare(definition, [M("A.1", 1), M("A.2", 3)],
            definition, [M("A.1", 4), M("A.2", null), M("B.1", 2)]);

        Assert.Equal([LevelChange.Worse, LevelChange.NotComparable, LevelChange.NotModerated, LevelChange.NotModerated],
            changes.Select(c => c.Change));
    }

    [Fact]
    public void Compare_ScalesOfDifferentLengths_AreNotComparable()
    {
        var five = Definitions.TwoPrinciples(levels: [.. Definitions.FourLevels, new(5, "Exemplary", "")]);

        var changes = AssessmentResults.Compare(five, [M("A.1", 3)], Definitions.TwoPrinciples(), [M("A.1", 3)]);

        Assert.Equal(LevelChange.NotComparable, changes[0].Change);
    }
}
