using GoldenThread.Network;

namespace GoldenThread.Development;

public class MentoringRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Self = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();
    private static readonly HashSet<Guid> People = [Self, Colleague];

    private static List<string> Fields(List<FieldError> errors) => [.. errors.Select(e => e.Field)];

    [Fact]
    public void CheckRound_EmptyTitleAndNoClosingDate_NamesBoth() =>
        Assert.Equal(["title", "closesOn"], Fields(MentoringRules.CheckRound(new(" ", null, null), Today)));

    [Fact]
    public void CheckRound_ClosingYesterday_IsRefusedButTodayIsNot()
    {
        Assert.Equal("Closing date must be today or in the future",
            Assert.Single(MentoringRules.CheckRound(new("Winter", null, Today.AddDays(-1)), Today)).Message);
        Assert.Empty(MentoringRules.CheckRound(new("Winter", null, Today), Today));
    }

    [Fact]
    public void CheckRound_TitleOverTheLength_SaysTheLimit() =>
        Assert.Equal("Title must be 200 characters or fewer",
            Assert.Single(MentoringRules.CheckRound(new(new string('x', 201), null, Today), Today)).Message);

    [Theory]
    [InlineData(null, "Select how many people you could mentor")]
    [InlineData(0, "Number of mentees must be between 1 and 5")]
    [InlineData(6, "Number of mentees must be between 1 and 5")]
    public void CheckOffer_CapacityMissingOrOutsideOneToFive_IsRefused(int? capacity, string message) =>
        Assert.Equal(message, Assert.Single(MentoringRules.CheckOffer(new(capacity, [], [], []), Self, People, Vocabularies.Default)).Message);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void CheckOffer_CapacityAtEitherEnd_IsAccepted(int capacity) =>
        Assert.Empty(MentoringRules.CheckOffer(new(capacity, ["nursing"], ["acute"], [Colleague]), Self, People, Vocabularies.Default));

    [Fact]
    public void CheckOffer_UnknownCodesAndSelfAvoided_NameEachField() =>
        Assert.Equal(["professions", "settings", "avoid"],
            Fields(MentoringRules.CheckOffer(new(2, ["wizardry"], ["castle"], [Self]), Self, People, Vocabularies.Default)));

    [Fact]
    public void CheckRequest_SomeoneOutsideTheRegister_IsRefused()
    {
        var errors = MentoringRules.CheckRequest(new([], [], "Confidence in chairing", [Guid.NewGuid()]), Self, People, Vocabularies.Default);

        Assert.Equal("Select people of this system you would not want to be mentored by", Assert.Single(errors).Message);
    }

    [Fact]
    public void CheckRequest_NoHopes_AsksForThem() =>
        Assert.Equal("Enter what you hope to get from mentoring",
            Assert.Single(MentoringRules.CheckRequest(new(["medicine"], ["acute"], "", []), Self, People, Vocabularies.Default)).Message);

    [Fact]
    public void CheckMeeting_Tomorrow_IsRefused() =>
        Assert.Equal("Date of the meeting must be today or in the past",
            Assert.Single(MentoringRules.CheckMeeting(new(Today.AddDays(1), 1m, null), Today.AddDays(-30), Today)).Message);

    [Fact]
    public void CheckMeeting_BeforeThePairWasMade_IsRefused() =>
        Assert.Equal("Date of the meeting must be on or after 1 November 2026, when the pair was made",
            Assert.Single(MentoringRules.CheckMeeting(new(new(2026, 10, 31), 1m, null), new(2026, 11, 1), Today)).Message);

    [Theory]
    [InlineData(null, "Enter how many hours the meeting took")]
    [InlineData("0", "Hours must be between 0.25 and 12")]
    [InlineData("12.25", "Hours must be between 0.25 and 12")]
    [InlineData("1.1", "Hours must be in quarters of an hour, for example 1.5")]
    public void CheckMeeting_HoursMissingOutOfRangeOrNotQuarters_AreRefused(string? hours, string message) =>
        Assert.Equal(message, Assert.Single(MentoringRules.CheckMeeting(
            new(Today, hours is null ? null : decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), null), Today, Today)).Message);

    [Fact]
    public void CheckMeeting_QuarterHoursToday_IsAccepted() =>
        Assert.Empty(MentoringRules.CheckMeeting(new(Today, 0.75m, "Talked about the board paper"), Today, Today));

    [Fact]
    public void CheckEnding_NoReason_IsRefusedAndAReasonIsEnough()
    {
        Assert.Equal("Enter why the mentoring is ending early", Assert.Single(MentoringRules.CheckEnding("  ")).Message);
        Assert.Empty(MentoringRules.CheckEnding("My mentor has moved to another region"));
    }

    [Fact]
    public void CheckEnding_ReasonOverTheLength_SaysTheLimit() =>
        Assert.Equal("Reason must be 1,000 characters or fewer", Assert.Single(MentoringRules.CheckEnding(new string('x', 1_001))).Message);

    [Fact]
    public void TakesPart_OpenUntilTheEndOfTheClosingDay_AndNeverOnceMatched()
    {
        var round = new MentoringRound { Title = "Winter", ClosesOn = Today };

        Assert.True(round.TakesPart(Today));
        Assert.False(round.TakesPart(Today.AddDays(1)));
        round.Status = MentoringRoundStatus.Proposed;
        Assert.False(round.TakesPart(Today));
    }
}
