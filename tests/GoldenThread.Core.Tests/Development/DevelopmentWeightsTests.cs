using GoldenThread.Development;

namespace GoldenThread.Core.Tests.Development;

public class DevelopmentWeightsTests
{
    [Theory]
    [InlineData("primary-care", "acute", 6)]
    [InlineData("acute", "primary-care", 6)]
    [InlineData("social-care", "primary-care", 5)]
    [InlineData("care-home", "primary-care", 3)]
    [InlineData("care-home", "acute", 1)]
    [InlineData("education", "housing", 1)]
    public void Interface_DefaultTable_ReadsEitherOrder(string a, string b, int bonus) =>
        Assert.Equal(bonus, DevelopmentWeights.Default.Exchange.Interface(a, b));

    [Fact]
    public void Default_MatchesTheReference()
    {
        var w = DevelopmentWeights.Default;
        Assert.Equal((10, 3, 2, 2), (w.Exchange.Base, w.Exchange.SamePlace, w.Exchange.DifferentProfessions, w.Exchange.MinimumSharedSlots));
        Assert.Equal((10, 4, 3, 2), (w.Mentoring.Base, w.Mentoring.AskedProfession, w.Mentoring.AskedSetting, w.Mentoring.DifferentPlaces));
        Assert.Equal((3, 2, 1, -4, 6, 8), (w.LearningSets.DistinctSectors, w.LearningSets.DistinctProfessions, w.LearningSets.DistinctSeniorities,
            w.LearningSets.SameOrganisationPair, w.LearningSets.MinSize, w.LearningSets.MaxSize));
    }

    [Fact]
    public void Problems_PairListedTwiceInEitherOrder_Refused()
    {
        var w = DevelopmentWeights.Default;
        var twice = w with
        {
            Exchange = w.Exchange with { Interfaces = [new(["acute", "community"], 3), new(["community", "acute"], 2)] },
        };
        Assert.Equal(["each pair of settings is listed once"], DevelopmentWeights.Problems(twice));
    }

    [Fact]
    public void Problems_SizesOutOfOrder_Refused()
    {
        var w = DevelopmentWeights.Default;
        Assert.Equal(["learning set sizes need 2 ≤ minSize ≤ maxSize"],
            DevelopmentWeights.Problems(w with { LearningSets = w.LearningSets with { MinSize = 8, MaxSize = 6 } }));
    }

    [Theory]
    [InlineData(-3, 2, -4)]
    [InlineData(3, -1, -4)]
    [InlineData(3, 2, 4)]
    public void Problems_LearningSetWeightsOfTheWrongSign_Refused(int sectors, int professions, int pair)
    {
        var w = DevelopmentWeights.Default;
        var changed = w with { LearningSets = w.LearningSets with { DistinctSectors = sectors, DistinctProfessions = professions, SameOrganisationPair = pair } };
        Assert.Equal(["learning set weights need distinct kinds 0 or more and sameOrganisationPair 0 or less"], DevelopmentWeights.Problems(changed));
    }

    [Fact]
    public void Problems_OneSharedSlot_RefusedSinceAPairMakesTwoVisits()
    {
        var w = DevelopmentWeights.Default;
        Assert.Equal(["minimumSharedSlots is 2 or more (a pair makes two visits)"],
            DevelopmentWeights.Problems(w with { Exchange = w.Exchange with { MinimumSharedSlots = 1 } }));
    }
}
