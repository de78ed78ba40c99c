using GoldenThread.Network;
using static GoldenThread.Development.LearningSetFormerTests;

namespace GoldenThread.Development;

public class LearningSetRegistrationRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly LearningSetWeights Weights = DevelopmentWeights.Default.LearningSets;

    private static List<string> Fields(List<FieldError> errors) => [.. errors.Select(e => e.Field)];

    [Fact]
    public void CheckRegistration_EmptyTitleNoClosingDateAndNoSizesChecked_NamesTitleAndDate() =>
        Assert.Equal(["title", "closesOn"], Fields(LearningSetRegistrationRules.CheckRegistration(new(" ", null, null, null, null), Today)));

    [Fact]
    public void CheckRegistration_TheDefaultsClosingToday_AreAccepted() =>
        Assert.Empty(LearningSetRegistrationRules.CheckRegistration(new("Spring sets", null, Today, 6, 8), Today));

    [Fact]
    public void CheckRegistration_ClosingYesterday_SaysTheRegistrationsWordsForTheDate() =>
        Assert.Equal("Closing date must be today or in the future",
            Assert.Single(LearningSetRegistrationRules.CheckRegistration(new("Spring sets", null, Today.AddDays(-1), 6, 8), Today)).Message);

    [Theory]
    [InlineData(1, 8, "minSize", "Smallest set size must be between 2 and 12")]
    [InlineData(13, 13, "minSize", "Smallest set size must be between 2 and 12")]
    [InlineData(6, 13, "maxSize", "Largest set size must be between 2 and 12")]
    [InlineData(8, 6, "maxSize", "Largest set size must be at least the smallest set size, 8")]
    public void CheckSizes_OutOfRangeOrOutOfOrder_NamesTheField(int min, int max, string field, string message)
    {
        var errors = LearningSetRegistrationRules.CheckSizes(min, max);

        Assert.Equal(new FieldError(field, message), errors[0]);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(12, 12)]
    [InlineData(2, 12)]
    public void CheckSizes_AtTheLimits_AreAccepted(int min, int max) => Assert.Empty(LearningSetRegistrationRules.CheckSizes(min, max));

    [Fact]
    public void CheckSizes_ASizeNotReadAsANumber_AddsNothingMore() => Assert.Empty(LearningSetRegistrationRules.CheckSizes(null, 3));

    [Fact]
    public void CheckSetNames_ABlankAndAMissingName_AreEachRefusedBesideTheirSet()
    {
        var errors = LearningSetRegistrationRules.CheckSetNames(["Falls set", " "], 3);

        Assert.Equal([new FieldError("names[1]", "Enter a name for set 2"), new FieldError("names[2]", "Enter a name for set 3")], errors);
    }

    [Fact]
    public void CheckSetNames_OverTheLength_SaysTheLimit() =>
        Assert.Equal("Name of set 1 must be 200 characters or fewer", Assert.Single(LearningSetRegistrationRules.CheckSetNames([new string('x', 201)], 1)).Message);

    [Fact]
    public void Composition_CountsEachKindTimesItsWeightAndAgreesWithTheFormersScore()
    {
        // Sectors acute, community, primary care: 3 × 3 = 9. Professions medicine, nursing: 2 × 2 = 4. Seniorities senior,
        // middle: 2 × 1 = 2. a and b of o1: 1 pair × −4 = −4. 9 + 4 + 2 − 4 = 11.
        Registrant[] members =
        [
            Person("a", "o1", "nhs-acute", "medicine", "senior"), Person("b", "o1", "nhs-community", "nursing", "middle"),
            Person("c", "o2", "nhs-primary-care", "medicine", "senior"),
        ];

        var composition = LearningSetRegistrationRules.Composition(members, Weights);

        Assert.Equal((3, 2, 2, 1, 11), (composition.Sectors, composition.Professions, composition.Seniorities, composition.SameOrganisationPairs, composition.Score));
        Assert.Equal(Former.Score(members), composition.Score);
        Assert.Equal(["3 sectors × 3 = 9", "2 professions × 2 = 4", "2 seniority levels × 1 = 2", "1 pair from one organisation × −4 = −4"],
            composition.Parts);
    }

    [Fact]
    public void Composition_NoColleaguesTogether_LeavesThePairsOut()
    {
        // One of each: 3 + 2 + 1 = 6.
        var composition = LearningSetRegistrationRules.Composition([Person("a", "o1", "nhs-acute", "medicine", "senior")], Weights);

        Assert.Equal(["1 sector × 3 = 3", "1 profession × 2 = 2", "1 seniority level × 1 = 1"], composition.Parts);
        Assert.Equal(6, composition.Score);
    }

    [Theory]
    // 9 with 6 to 8: one set holds at most 8, two need 12.
    [InlineData(9, 6, 8, "1 set of 6 to 8 can hold at most 8 people and 2 sets need at least 12, so 8 of the 9 can be placed")]
    // 17 with 6 to 8: two sets hold at most 16, three need 18.
    [InlineData(17, 6, 8, "2 sets of 6 to 8 can hold at most 16 people and 3 sets need at least 18, so 16 of the 17 can be placed")]
    [InlineData(5, 6, 8, "5 people registered, fewer than the smallest set of 6, so no set can be formed")]
    [InlineData(1, 2, 3, "1 person registered, fewer than the smallest set of 2, so no set can be formed")]
    public void WhyNotAllPlaced_SaysWhatTheSizesHoldAndNeed(int registrants, int min, int max, string why) =>
        Assert.Equal(why, LearningSetRegistrationRules.WhyNotAllPlaced(registrants, min, max));

    [Theory]
    [InlineData(12, 6, 8)]
    [InlineData(13, 6, 8)]
    [InlineData(0, 2, 3)]
    public void WhyNotAllPlaced_EveryoneFits_IsNull(int registrants, int min, int max) =>
        Assert.Null(LearningSetRegistrationRules.WhyNotAllPlaced(registrants, min, max));

    [Fact]
    public void Account_Optimal_SaysProvedBest() =>
        Assert.Equal("Proved the best: no other grouping of these 12 people scores more than 60.",
            LearningSetRegistrationRules.Account(FormationStatus.Optimal, 60, 60, 12, 6, 8));

    [Fact]
    public void Account_Feasible_SaysHowCloseToTheBoundItIs()
    {
        // (96 − 92) / 96 = 4.17 %, written to one place.
        var account = LearningSetRegistrationRules.Account(FormationStatus.Feasible, 92, 96, 24, 6, 8);

        Assert.StartsWith("Within 4.2% of the best possible: no grouping can score more than 96, and these score 92.", account);
        Assert.EndsWith("The search stopped at its time limit before it could prove these the best.", account);
    }

    [Fact]
    public void Account_PartialAndProved_SaysWhyAndThatThosePlacedAreBest() =>
        Assert.Equal("Not everyone could be placed: 1 set of 6 to 8 can hold at most 8 people and 2 sets need at least 12, so 8 of the 9 can be placed. "
            + "Among those placed, proved the best: no other grouping scores more than 30.",
            LearningSetRegistrationRules.Account(FormationStatus.Partial, 30, 30, 9, 6, 8));

    [Fact]
    public void Account_PartialNotProved_GivesTheBound() =>
        Assert.EndsWith("Within 10% of the best possible: no grouping can score more than 40, and these score 36.",
            LearningSetRegistrationRules.Account(FormationStatus.Partial, 36, 40, 9, 6, 8));

    [Fact]
    public void Account_Infeasible_SaysNoSetAndWhy() =>
        Assert.Equal("No set could be formed: 4 people registered, fewer than the smallest set of 6, so no set can be formed.",
            LearningSetRegistrationRules.Account(FormationStatus.Infeasible, 0, 0, 4, 6, 8));

    [Fact]
    public void CheckProposalStands_SetsOneToKAtTheirSizes_Stand() =>
        Assert.Null(LearningSetRegistrationRules.CheckProposalStands([1, 1, 2, 2, 1, 2], minSize: 3));

    [Theory]
    [InlineData(new int[0], "There are no proposed sets to create: form them again")]
    [InlineData(new[] { 1, 1, 1, 3, 3, 3 }, "People have left the register since these sets were formed, so some sets are no longer the sizes chosen: form them again")]
    [InlineData(new[] { 1, 1, 1, 2, 2 }, "People have left the register since these sets were formed, so some sets are no longer the sizes chosen: form them again")]
    public void CheckProposalStands_NoSetsAGapOrASetTooSmall_IsRefused(int[] setNumbers, string message) =>
        Assert.Equal(message, LearningSetRegistrationRules.CheckProposalStands(setNumbers, minSize: 3));

    [Fact]
    public void Account_NoOneFormable_SaysWhy() =>
        Assert.Equal("No set could be formed: no one registered has an organisation in the register to form a set with.",
            LearningSetRegistrationRules.Account(FormationStatus.Infeasible, 0, 0, registrants: 0, min: 6, max: 8));
}
