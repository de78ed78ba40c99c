namespace GoldenThread.Development;

public class ExchangeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static ExchangeRoundFields Round(string? slots = "2026-12-02-am 2026-12-09-pm", string? title = "Winter exchanges",
        DateOnly? closes = null, decimal? hours = 3.5m) =>
        new(title, null, slots, closes ?? new DateOnly(2026, 11, 30), hours);

    [Fact]
    public void ReadSlots_LinesCommasAndCapitals_AreReadInOrderOnce()
    {
        var (slots, errors) = ExchangeRules.ReadSlots("2026-12-09-PM\n2026-12-02-am, 2026-12-02-pm");

        Assert.Empty(errors);
        Assert.Equal(["2026-12-02-am", "2026-12-02-pm", "2026-12-09-pm"], slots.Select(s => s.ToString()));
    }

    [Theory]
    [InlineData("2026-02-30-am", "2026-02-30-am is not a half-day")]
    [InlineData("2026-12-02-noon", "2026-12-02-noon is not a half-day")]
    [InlineData("2 December", "2 is not a half-day")]
    public void ReadSlots_NotAHalfDay_SaysWhichWordAndHowToWriteOne(string text, string message)
    {
        var (_, errors) = ExchangeRules.ReadSlots(text);

        Assert.Contains(errors, e => e.Field == "slots" && e.Message.StartsWith(message, StringComparison.Ordinal) && e.Message.Contains("like 2026-12-02-am"));
    }

    [Fact]
    public void ReadSlots_SameHalfDayTwice_IsAnError()
    {
        var (slots, errors) = ExchangeRules.ReadSlots("2026-12-02-am 2026-12-02-AM");

        Assert.Single(slots);
        Assert.Equal("2026-12-02-am is listed twice", Assert.Single(errors).Message);
    }

    [Fact]
    public void ReadSlots_ManyWrongWords_NamesFiveThenSaysThereAreMore()
    {
        var (_, errors) = ExchangeRules.ReadSlots(string.Join(' ', Enumerable.Repeat("nonsense", 1_000)));

        Assert.Equal(6, errors.Count);
        Assert.Equal("Correct the half-days above: there are more problems after them", errors[^1].Message);
    }

    [Fact]
    public void CheckRound_Valid_HasNoProblems() =>
        Assert.Empty(ExchangeRules.CheckRound(Round(), Today, 2));

    [Fact]
    public void CheckRound_EmptyForm_NamesEveryRequiredField()
    {
        var errors = ExchangeRules.CheckRound(new ExchangeRoundFields(" ", null, "", null, null), Today, 2);

        Assert.Equal(["title", "slots", "signUpClosesOn", "visitHours"], errors.Select(e => e.Field));
        Assert.Equal("Enter at least 2 half-days: each pair makes 2 visits", errors[1].Message);
    }

    [Fact]
    public void CheckRound_HalfDayOnOrBeforeSignUpCloses_IsRefused()
    {
        var errors = ExchangeRules.CheckRound(Round("2026-11-30-pm 2026-12-09-am"), Today, 2);

        Assert.Equal("Every half-day must come after sign-up closes: 2026-11-30-pm does not", Assert.Single(errors).Message);
    }

    [Fact]
    public void CheckRound_ClosingDateInThePast_IsRefusedForANewRoundOnly()
    {
        var past = Round(closes: Today.AddDays(-1));

        Assert.Equal("signUpClosesOn", Assert.Single(ExchangeRules.CheckRound(past, Today, 2)).Field);
        Assert.Empty(ExchangeRules.CheckRound(past, null, 2));
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(12.5)]
    public void CheckRound_HoursOutOfRange_AreRefused(double hours) =>
        Assert.Equal("Hours a visit takes must be between 0.5 and 12",
            Assert.Single(ExchangeRules.CheckRound(Round(hours: (decimal)hours), Today, 2)).Message);

    [Fact]
    public void CheckRound_TooManyHalfDaysAndTooLongATitle_AreRefused()
    {
        var many = string.Join(' ', Enumerable.Range(0, 41).Select(i => new ExchangeSlot(new DateOnly(2027, 1, 1).AddDays(i), false).ToString()));

        var errors = ExchangeRules.CheckRound(Round(many, new string('x', ExchangeRound.TitleLength + 1)), Today, 2);

        Assert.Equal(["Title must be 200 characters or fewer", "Enter 40 half-days or fewer"], errors.Select(e => e.Message));
    }

    [Fact]
    public void CheckSignUp_HalfDayNotOffered_OneHalfDay_AvoidingYourself_AreRefused()
    {
        var me = Guid.NewGuid();
        string[] offered = ["2026-12-02-am", "2026-12-09-pm"];

        Assert.Equal("2026-12-03-am is not one of the round's half-days",
            Assert.Single(ExchangeRules.CheckSignUp(offered, ["2026-12-02-am", "2026-12-03-am"], [], me, 2)).Message);
        Assert.Equal("Select at least 2 half-days you could make: a pair makes 2 visits",
            Assert.Single(ExchangeRules.CheckSignUp(offered, ["2026-12-02-am"], [], me, 2)).Message);
        Assert.Equal("avoid", Assert.Single(ExchangeRules.CheckSignUp(offered, offered, [me], me, 2)).Field);
        Assert.Empty(ExchangeRules.CheckSignUp(offered, offered, [Guid.NewGuid()], me, 2));
        // Three people is the limit, whatever a hand-made form sends: four would be refused beside the field.
        Assert.Empty(ExchangeRules.CheckSignUp(offered, offered, [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()], me, 2));
        Assert.Equal(new GoldenThread.Network.FieldError("avoid", "Select up to 3 people you must not be paired with"),
            Assert.Single(ExchangeRules.CheckSignUp(offered, offered, [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()], me, 2)));
    }

    [Fact]
    public void CheckReflection_IdeaWithoutThemeAndThemeWithoutIdea_AreRefused()
    {
        var errors = ExchangeRules.CheckReflection("", [new("Share discharge letters the same day", null), new("", "referrals"), new("Ok", "nonsense")]);

        Assert.Equal(["learned", "ideas[0].theme", "ideas[1].text", "ideas[2].theme"], errors.Select(e => e.Field));
        Assert.Equal("Select a theme for idea 1", errors[1].Message);
    }

    [Fact]
    public void CheckReflection_LearnedAndBlankIdeas_HasNoProblems() =>
        Assert.Empty(ExchangeRules.CheckReflection("How a ward round runs", [new("", ""), new(null, null), new("Fewer phone calls", "communication")]));
}
