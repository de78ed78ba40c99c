namespace GoldenThread.Frameworks;

public class RatingRulesTests
{
    private static readonly FrameworkDefinition Ccpl = FrameworkLibrary.Find("ccpl")!;

    private static IEnumerable<string> Fields(RatingAnswer answer) => RatingRules.Check(answer, Ccpl).Select(e => e.Field);

    [Fact]
    public void Check_LevelOfTheScaleWithHttpsLinks_HasNoProblems() =>
        Assert.Empty(Fields(new RatingAnswer(4, false, null, ["https://example.org/a", "", null, "http://example.org/b"])));

    [Fact]
    public void Check_NoLevelNorNotApplicable_AsksForARating() =>
        Assert.Equal([RatingRules.NoLevel], RatingRules.Check(new RatingAnswer(null, false, "Why", []), Ccpl).Select(e => e.Message));

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Check_LevelOffTheFourLevelScale_IsRefused(int level) =>
        Assert.Equal(["level"], Fields(new RatingAnswer(level, false, null, [])));

    [Fact]
    public void Check_NotApplicableWithoutJustification_IsRefusedOnTheRationale() =>
        Assert.Equal(["rationale"], Fields(new RatingAnswer(null, true, "   ", [])));

    [Theory]
    [InlineData(false, "Rationale must be 4,000 characters or fewer")]
    [InlineData(true, "Justification must be 4,000 characters or fewer")]
    public void Check_TextOneTooLong_NamesTheBoxTheRaterTypedIn(bool notApplicable, string message) =>
        Assert.Equal([message], RatingRules.Check(new RatingAnswer(notApplicable ? null : 2, notApplicable, new string('x', CriterionRating.RationaleLength + 1), []), Ccpl).Select(e => e.Message));

    [Fact]
    public void Check_SixLinksAndOneNotWeb_NamesTheCountAndTheBadLink()
    {
        string?[] links = ["https://a.example", "https://b.example", "mailto:x@example.org", "https://d.example", "https://e.example", "https://f.example"];

        Assert.Equal(["evidenceLinks", "evidenceLinks[2]"], Fields(new RatingAnswer(2, false, null, links)));
    }

    [Theory]
    [InlineData(-1, 5, null)]
    [InlineData(0, 0, null)] // the opening and closing days both count
    [InlineData(-10, -1, "Rating closed on")]
    [InlineData(1, 5, "Rating opens on")]
    public void WhyNotRating_ByDayAroundTheDates_IsNullOnlyBetweenThem(int opens, int closes, string? why)
    {
        var today = new DateOnly(2026, 11, 24);

        var reason = RatingRules.WhyNotRating(AssessmentState.Open, today.AddDays(opens), today.AddDays(closes), today);

        if (why is null) Assert.Null(reason); else Assert.StartsWith(why, reason);
    }

    [Fact]
    public void WhyNotRating_Moderating_SaysRatingHasClosedWhateverTheDates() =>
        Assert.StartsWith("Rating has closed", RatingRules.WhyNotRating(AssessmentState.Moderating, new(2026, 1, 1), new(2026, 12, 31), new(2026, 6, 1)));

    [Fact]
    public void WhyNotRating_Completed_SaysTheAssessmentIsCompleteNotThatItIsBeingModerated() =>
        Assert.StartsWith("This assessment is complete", RatingRules.WhyNotRating(AssessmentState.Completed, new(2026, 1, 1), new(2026, 12, 31), new(2026, 6, 1)));
}
