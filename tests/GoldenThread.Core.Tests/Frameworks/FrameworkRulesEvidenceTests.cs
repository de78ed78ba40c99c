namespace GoldenThread.Frameworks;

public class FrameworkRulesEvidenceTests
{
    private static FrameworkDefinition WithEvidence(string? evidence)
    {
        var ccpl = FrameworkLibrary.Ccpl;
        var first = ccpl.Principles[0];
        return new FrameworkDefinition
        {
            Key = ccpl.Key, Name = ccpl.Name, Source = ccpl.Source, Levels = ccpl.Levels,
            Principles = [first with { Criteria = [first.Criteria[0] with { Evidence = evidence }] }],
        };
    }

    [Fact]
    public void Problems_EvidenceGoldenThreadCannotShow_NamesTheCriterionsPath()
    {
        var problems = FrameworkRules.Problems(WithEvidence("staff-survey"));

        var problem = Assert.Single(problems);
        Assert.StartsWith("principles[0].criteria[0].evidence: \"staff-survey\" is not evidence GoldenThread can show", problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(RegisterEvidence.ProtectedTime)]
    [InlineData(RegisterEvidence.LeaderDiversity)]
    public void Problems_NoEvidenceOrKnownEvidence_None(string? evidence) =>
        Assert.Empty(FrameworkRules.Problems(WithEvidence(evidence)));

    [Fact]
    public void Library_EveryEvidenceKeyItNames_IsKnown() =>
        Assert.All(FrameworkLibrary.All.SelectMany(f => f.AllCriteria).Select(c => c.Evidence).OfType<string>(),
            key => Assert.True(RegisterEvidence.Knows(key), key));
}
