using CsCheck;

namespace GoldenThread.Diversity;

public class DiversityAggregatesTests
{
    private static readonly DiversityVocabulary Vocabulary = DiversityVocabulary.Default;

    private static DiversityRecord Person(string? ethnicity = null, string? sex = null, string? disability = null, string? ageBand = null) =>
        new() { PersonId = Guid.NewGuid(), Ethnicity = ethnicity, Sex = sex, Disability = disability, AgeBand = ageBand };

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(9, null)]
    [InlineData(10, 10)]
    [InlineData(12, 10)] // 12 is nearer 10 than 15
    [InlineData(13, 15)] // 13 is nearer 15
    [InlineData(17, 15)]
    [InlineData(18, 20)]
    [InlineData(298, 300)]
    public void Disclose_Count_IsWithheldBelowTenZeroIncludedAndRoundedToFiveAbove(int count, int? shown)
    {
        Assert.Equal(shown, DiversityAggregates.Disclose(count, Vocabulary).Shown);
    }

    [Fact]
    public void Summarise_TwentyWhiteThreeAsian_CountsByBroadGroupAndWithholdsTheSmallGroup()
    {
        // 12 White British (A) + 8 White Irish (B) = 20 White; 3 Indian (H) = 3 Asian; 1 without an answer.
        var records = Enumerable.Repeat("A", 12).Concat(Enumerable.Repeat("B", 8)).Concat(Enumerable.Repeat("H", 3))
            .Select(code => Person(ethnicity: code)).Append(Person()).ToList();

        var ethnicity = DiversityAggregates.Summarise(records, Vocabulary).Categories.Single(c => c.Code == "ethnicity");

        Assert.Equal(20, ethnicity.Cells.Single(c => c.Group == "White").Count.Shown);
        Assert.True(ethnicity.Cells.Single(c => c.Group == "Asian or Asian British").Count.Withheld);
        Assert.True(ethnicity.Cells.Single(c => c.Group == "Other ethnic group").Count.Withheld); // none, but 0 is withheld too
        Assert.True(ethnicity.NotAnswered.Withheld); // one person gave no ethnicity
    }

    [Fact]
    public void Summarise_FewerThanTenPeople_WithholdsEvenTheNumberOfRespondents()
    {
        var summary = DiversityAggregates.Summarise([Person(sex: "female"), Person(sex: "male")], Vocabulary);

        Assert.True(summary.Respondents.Withheld);
        Assert.All(summary.Categories.SelectMany(c => c.Cells.Append(new DiversityAggregates.Cell("", c.NotAnswered))), cell => Assert.True(cell.Count.Withheld));
    }

    private static Gen<string?> AnswerOf(string category) =>
        Gen.OneOf<string?>([null, .. Vocabulary[category].Values.Select(v => v.Code)]);

    private static readonly Gen<DiversityRecord> Records =
        Gen.Select(AnswerOf("ethnicity"), AnswerOf("sex"), AnswerOf("disability"), AnswerOf("ageBand"),
            (e, s, d, a) => Person(e, s, d, a));

    [Fact]
    public void Summarise_AnyPeople_NeverShowsACountBelowTen()
    {
        Records.List[0, 120].Sample(records =>
        {
            var summary = DiversityAggregates.Summarise(records, Vocabulary);
            var shown = summary.Categories.SelectMany(c => c.Cells.Select(cell => cell.Count).Append(c.NotAnswered))
                .Append(summary.Respondents).Select(c => c.Shown).OfType<int>();
            Assert.All(shown, n => Assert.True(n >= Vocabulary.SuppressionThreshold, $"{n} shown"));
        });
    }

    [Fact]
    public void Summarise_AnyPeople_EveryCategoryAccountsForEveryone()
    {
        // Before disclosure rules, each category's groups plus "not answered" add up to the respondents.
        Records.List[10, 200].Sample(records =>
        {
            var exact = new DiversityVocabulary { SuppressionThreshold = 0, RoundTo = 1, Categories = Vocabulary.Categories };
            var summary = DiversityAggregates.Summarise(records, exact);
            Assert.All(summary.Categories, c =>
                Assert.Equal(records.Count, c.Cells.Sum(cell => cell.Count.Shown!.Value) + c.NotAnswered.Shown!.Value));
        });
    }
}
