using GoldenThread.Network;

namespace GoldenThread.Development;

public class LearningSetRulesTests
{
    private static SessionFields Valid => new(new DateOnly(2026, 12, 2), "morning", "9:30", 3m, "Handing over care at the front door");

    private static string[] Fields(IEnumerable<FieldError> errors) => [.. errors.Select(e => e.Field)];

    [Fact]
    public void Session_AllGiven_HasNoProblems() => Assert.Empty(LearningSetRules.Session(Valid));

    [Fact]
    public void Session_NothingGiven_AsksForDateHalfDayHoursAndTopicInFormOrder()
    {
        var errors = LearningSetRules.Session(new SessionFields(null, null, null, null, " "));

        Assert.Equal(["date", "halfDay", "hours", "topic"], Fields(errors));
        Assert.Equal("Enter the topic of the session", errors[^1].Message);
    }

    [Theory]
    [InlineData("0", "Hours must be more than 0 and at most 12, not 0")]
    [InlineData("-1", "Hours must be more than 0 and at most 12, not -1")]
    [InlineData("12.25", "Hours must be more than 0 and at most 12, not 12.25")]
    [InlineData("2.125", "Hours must have no more than 2 decimal places")]
    public void Session_HoursOutOfRange_IsRefused(string hours, string message)
    {
        var errors = LearningSetRules.Session(Valid with { Hours = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(message, Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("0.25")]
    public void Session_HoursAtTheEdges_AreKept(string hours) =>
        Assert.Empty(LearningSetRules.Session(Valid with { Hours = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) }));

    [Theory]
    [InlineData("morning", "12:00", "A morning session must start before 12:00")]
    [InlineData("afternoon", "11:59", "An afternoon session must start at 12:00 or later")]
    [InlineData("morning", "25:00", "Start time must be a real time, like 9:30 or 14:00")]
    [InlineData("morning", "9", "Start time must be a real time, like 9:30 or 14:00")]
    [InlineData("morning", "9:5", "Start time must be a real time, like 9:30 or 14:00")]
    public void Session_StartTimeNotRealOrInTheOtherHalf_IsRefused(string halfDay, string start, string message)
    {
        var error = Assert.Single(LearningSetRules.Session(Valid with { HalfDay = halfDay, StartsAt = start }));

        Assert.Equal(("startsAt", message), (error.Field, error.Message));
    }

    [Theory]
    [InlineData("14.00", 14, 0)]
    [InlineData("09:30", 9, 30)]
    [InlineData(" 9:05 ", 9, 5)]
    public void StartTime_AsPeopleTypeIt_IsRead(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), LearningSetRules.StartTime(text));

    [Fact]
    public void Session_NoStartTime_IsAHalfDaySession() => Assert.Empty(LearningSetRules.Session(Valid with { StartsAt = "" }));

    [Fact]
    public void Session_TopicTooLongOrHalfDayUnknown_IsRefused()
    {
        var errors = LearningSetRules.Session(Valid with { HalfDay = "evening", StartsAt = null, Topic = new string('t', 201) });

        Assert.Equal(["halfDay", "topic"], Fields(errors));
        Assert.Equal("Topic must be 200 characters or fewer", errors[1].Message);
    }

    [Fact]
    public void Session_FarFutureDate_IsFineForASchedule() =>
        Assert.Empty(LearningSetRules.Session(Valid with { Date = new DateOnly(2030, 1, 1) }));

    private static readonly Guid Ada = Guid.NewGuid(), Ben = Guid.NewGuid(), Stranger = Guid.NewGuid();
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Attendance_FutureSession_IsRefused()
    {
        var error = Assert.Single(LearningSetRules.Attendance(Today.AddDays(1), Today, [Ada], new HashSet<Guid> { Ada, Ben }));

        Assert.Equal("Attendance can only be recorded once the session has taken place, on 25 November 2026", error.Message);
    }

    [Fact]
    public void Attendance_SessionTodayOrPast_IsRecorded()
    {
        Assert.Empty(LearningSetRules.Attendance(Today, Today, [Ada, Ben], new HashSet<Guid> { Ada, Ben }));
        Assert.Empty(LearningSetRules.Attendance(Today.AddDays(-30), Today, [], new HashSet<Guid> { Ada, Ben }));
    }

    [Fact]
    public void Attendance_SomeoneNotInTheSet_IsRefused() =>
        Assert.Equal("Select members of this learning set",
            Assert.Single(LearningSetRules.Attendance(Today, Today, [Ada, Stranger], new HashSet<Guid> { Ada, Ben })).Message);

    [Fact]
    public void Note_EmptyOrTooLong_IsRefused()
    {
        Assert.Equal("Enter the note", Assert.Single(LearningSetRules.Note("  ")).Message);
        Assert.Equal("Note must be 4,000 characters or fewer", Assert.Single(LearningSetRules.Note(new string('n', 4_001))).Message);
        Assert.Empty(LearningSetRules.Note(new string('n', 4_000)));
    }

    [Fact]
    public void Summary_Draft_MayHaveOnePartOrNone()
    {
        Assert.Empty(LearningSetRules.Summary(new SummaryFields("Shadowing each other's clinics", null, Published: false)));
        Assert.Empty(LearningSetRules.Summary(new SummaryFields(null, null, Published: false)));
    }

    [Fact]
    public void Summary_Published_NeedsBothParts()
    {
        var errors = LearningSetRules.Summary(new SummaryFields("Shadowing each other's clinics", " ", Published: true));

        Assert.Equal(("whatDidNotWork", "Enter what did not work before publishing the summary"), (Assert.Single(errors).Field, errors[0].Message));
        Assert.Equal(["whatWorked", "whatDidNotWork"], Fields(LearningSetRules.Summary(new SummaryFields(null, null, Published: true))));
        Assert.Empty(LearningSetRules.Summary(new SummaryFields("Shadowing", "Meeting online", Published: true)));
    }

    [Fact]
    public void Summary_PartTooLong_IsRefusedEvenAsADraft() =>
        Assert.Equal("What worked must be 4,000 characters or fewer",
            Assert.Single(LearningSetRules.Summary(new SummaryFields(new string('w', 4_001), null, Published: false))).Message);

    [Fact]
    public void Facilitator_NoneOrAPersonOfTheSystemOutsideTheSet_IsFine()
    {
        var register = new HashSet<Guid> { Ada, Ben };

        Assert.Empty(LearningSetRules.Facilitator(null, register, new HashSet<Guid> { Ada }));
        Assert.Empty(LearningSetRules.Facilitator(Ben, register, new HashSet<Guid> { Ada }));
    }

    [Fact]
    public void Facilitator_AMemberOrSomeoneOfAnotherSystem_IsRefused()
    {
        var register = new HashSet<Guid> { Ada, Ben };

        Assert.Equal("Select someone who is not a member of the set", Assert.Single(LearningSetRules.Facilitator(Ada, register, new HashSet<Guid> { Ada })).Message);
        Assert.Equal("Select a person of this system", Assert.Single(LearningSetRules.Facilitator(Stranger, register, new HashSet<Guid> { Ada })).Message);
    }
}
