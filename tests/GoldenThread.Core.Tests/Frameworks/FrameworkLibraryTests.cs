namespace GoldenThread.Frameworks;

public class FrameworkLibraryTests
{
    public static TheoryData<string> Keys => ["ccpl", "people-and-communities"];

    [Theory, MemberData(nameof(Keys))]
    public void Find_ShippedFramework_HasNoProblems(string key)
    {
        var framework = FrameworkLibrary.Find(key);

        Assert.NotNull(framework);
        Assert.Empty(FrameworkRules.Problems(framework));
    }

    [Theory, MemberData(nameof(Keys))]
    public void Find_ShippedFramework_EveryCriterionHasGuidanceForEachLevel(string key)
    {
        var framework = FrameworkLibrary.Find(key)!;

        Assert.Equal(4, framework.Levels.Count);
        Assert.All(framework.AllCriteria, c =>
        {
            Assert.Equal(framework.Levels.Count, c.Guidance.Count);
            Assert.All(c.Guidance, line => Assert.False(string.IsNullOrWhiteSpace(line), $"{c.Id} has a blank guidance line"));
            Assert.Equal(c.Guidance.Count, c.Guidance.Distinct().Count());
        });
    }

    [Fact]
    public void All_ShippedFrameworks_IdsAreUniqueWithinEach()
    {
        foreach (var framework in FrameworkLibrary.All)
        {
            var ids = framework.Principles.Select(p => p.Id).Concat(framework.AllCriteria.Select(c => c.Id)).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Fact]
    public void All_ShippedFrameworks_HaveTheCriteriaTheIssueNames()
    {
        // CCPL: 5 principles with 5 + 5 + 4 + 4 + 3 criteria; people and communities: 10 principles of one criterion each.
        Assert.Equal(21, FrameworkLibrary.Ccpl.Criteria.Count());
        Assert.Equal(5, FrameworkLibrary.Ccpl.Principles.Count);
        Assert.Equal(10, FrameworkLibrary.Find("people-and-communities")!.Criteria.Count());
        Assert.Equal(["ccpl", "people-and-communities"], FrameworkLibrary.All.Select(f => f.Key));
    }
}
