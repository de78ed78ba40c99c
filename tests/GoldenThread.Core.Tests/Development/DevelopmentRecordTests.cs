using CsCheck;

namespace GoldenThread.Development;

public class DevelopmentRecordTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static DevelopmentActivity Activity(DevelopmentKind kind, DateOnly on, decimal hours,
        DevelopmentStatus status = DevelopmentStatus.TookPlace) => new(kind, on, hours, status, "something");

    [Theory]
    [InlineData(2026, 3, 31, 2025)]
    [InlineData(2026, 4, 1, 2026)]
    [InlineData(2026, 12, 31, 2026)]
    [InlineData(2027, 1, 1, 2026)]
    public void FinancialYearOf_TurnsOnTheFirstOfApril(int year, int month, int day, int startYear) =>
        Assert.Equal(startYear, DevelopmentRecord.FinancialYearOf(new DateOnly(year, month, day)));

    [Fact]
    public void VisitStatus_YesterdayTookPlace_TomorrowIsPlanned()
    {
        Assert.Equal(DevelopmentStatus.TookPlace, DevelopmentRecord.VisitStatus(Today.AddDays(-1), Today, reflected: false));
        Assert.Equal(DevelopmentStatus.Planned, DevelopmentRecord.VisitStatus(Today.AddDays(1), Today, reflected: true));
    }

    [Fact]
    public void VisitStatus_Today_TookPlaceOnlyOnceReflectedOn()
    {
        Assert.Equal(DevelopmentStatus.Planned, DevelopmentRecord.VisitStatus(Today, Today, reflected: false));
        Assert.Equal(DevelopmentStatus.TookPlace, DevelopmentRecord.VisitStatus(Today, Today, reflected: true));
    }

    [Fact]
    public void SessionStatus_FollowsAttendanceThenTheDate()
    {
        Assert.Equal(DevelopmentStatus.TookPlace, DevelopmentRecord.SessionStatus(Today.AddDays(-9), Today, attendanceRecorded: true, attended: true));
        Assert.Null(DevelopmentRecord.SessionStatus(Today.AddDays(-9), Today, attendanceRecorded: true, attended: false));
        Assert.Equal(DevelopmentStatus.Unrecorded, DevelopmentRecord.SessionStatus(Today.AddDays(-1), Today, attendanceRecorded: false, attended: false));
        Assert.Equal(DevelopmentStatus.Planned, DevelopmentRecord.SessionStatus(Today, Today, attendanceRecorded: false, attended: false));
        // Attendance taken on the morning of a session makes it count on its day.
        Assert.Equal(DevelopmentStatus.TookPlace, DevelopmentRecord.SessionStatus(Today, Today, attendanceRecorded: true, attended: true));
    }

    [Fact]
    public void Years_SplitAtAprilAndLeaveOutWhatDidNotTakePlace()
    {
        // 2025/26: a 3.5-hour visit on 31 March 2026 and a 1-hour meeting in January: 4.5 hours, 2 activities.
        // 2026/27: visits of 3.5 + 3.5 on 1 April and in November, a 1.5-hour meeting and a 3-hour session: 11.5 hours.
        // The planned visit (3.5) and the unrecorded session (3) count nowhere.
        var activities = new[]
        {
            Activity(DevelopmentKind.Exchange, new(2026, 3, 31), 3.5m),
            Activity(DevelopmentKind.Mentoring, new(2026, 1, 14), 1m),
            Activity(DevelopmentKind.Exchange, new(2026, 4, 1), 3.5m),
            Activity(DevelopmentKind.Exchange, new(2026, 11, 2), 3.5m),
            Activity(DevelopmentKind.Mentoring, new(2026, 10, 5), 1.5m),
            Activity(DevelopmentKind.LearningSet, new(2026, 9, 9), 3m),
            Activity(DevelopmentKind.Exchange, new(2026, 12, 2), 3.5m, DevelopmentStatus.Planned),
            Activity(DevelopmentKind.LearningSet, new(2026, 11, 11), 3m, DevelopmentStatus.Unrecorded),
        };

        var years = DevelopmentRecord.Years(activities);

        Assert.Equal([new DevelopmentYear(2026, 7m, 1.5m, 3m, 4), new DevelopmentYear(2025, 3.5m, 1m, 0m, 2)], years);
        Assert.Equal(11.5m, years[0].Total);
        Assert.Equal("2026/27", years[0].Name);
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)), (years[0].Starts, years[0].Ends));
    }

    [Fact]
    public void YearsOfEach_AddsEveryonesHoursAndCountsEachPersonOnceAYear()
    {
        // Ann: 2026/27 two meetings (1 + 1) and 2025/26 a visit (3.5). Bo: 2026/27 a session (3), and a planned one (3).
        // Cy: only a planned visit, so in no year. 2026/27: 5 hours, 2 people; 2025/26: 3.5 hours, 1 person.
        var (ann, bo, cy) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var byPerson = new[]
        {
            (ann, Activity(DevelopmentKind.Mentoring, new(2026, 6, 1), 1m)),
            (ann, Activity(DevelopmentKind.Mentoring, new(2026, 7, 1), 1m)),
            (ann, Activity(DevelopmentKind.Exchange, new(2025, 11, 4), 3.5m)),
            (bo, Activity(DevelopmentKind.LearningSet, new(2027, 2, 1), 3m)),
            (bo, Activity(DevelopmentKind.LearningSet, new(2027, 3, 1), 3m, DevelopmentStatus.Planned)),
            (cy, Activity(DevelopmentKind.Exchange, new(2027, 1, 6), 3.5m, DevelopmentStatus.Planned)),
        }.ToLookup(a => a.Item1, a => a.Item2);

        Assert.Equal(
            [new DevelopmentYearOfMany(new DevelopmentYear(2026, 0m, 2m, 3m, 3), 2), new DevelopmentYearOfMany(new DevelopmentYear(2025, 3.5m, 0m, 0m, 1), 1)],
            DevelopmentRecord.YearsOfEach(byPerson));
    }

    [Fact]
    public void Years_NothingTookPlace_IsEmpty() =>
        Assert.Empty(DevelopmentRecord.Years([Activity(DevelopmentKind.Exchange, Today.AddDays(7), 3.5m, DevelopmentStatus.Planned)]));

    [Theory]
    [InlineData("1", "1 hour")]
    [InlineData("0.25", "0.25 hours")]
    [InlineData("3", "3 hours")]
    [InlineData("3.75", "3.75 hours (half a day)")]
    [InlineData("3.5", "3.5 hours (half a day)")]
    [InlineData("7.5", "7.5 hours (1 day)")]
    [InlineData("15", "15 hours (2 days)")]
    [InlineData("20", "20 hours (2.7 days)")]
    public void Describe_GivesHoursAndWorkingDays(string hours, string text) =>
        Assert.Equal(text, DevelopmentRecord.Describe(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Years_AddUpToEveryHourThatTookPlace_EachInItsYear()
    {
        var activity = Gen.Select(Gen.Enum<DevelopmentKind>(), Gen.Int[0, 1500], Gen.Int[1, 16], Gen.Enum<DevelopmentStatus>())
            .Select((kind, day, quarters, status) => Activity(kind, new DateOnly(2024, 1, 1).AddDays(day), quarters / 4m, status));
        activity.List[0, 40].Sample(activities =>
        {
            var years = DevelopmentRecord.Years(activities);
            var tookPlace = activities.Where(a => a.Status == DevelopmentStatus.TookPlace).ToList();
            return years.Sum(y => y.Total) == tookPlace.Sum(a => a.Hours)
                && years.Sum(y => y.Activities) == tookPlace.Count
                && tookPlace.All(a => years.Any(y => y.Starts <= a.On && a.On <= y.Ends))
                && years.Zip(years.Skip(1)).All(p => p.First.StartYear > p.Second.StartYear);
        });
    }
}
