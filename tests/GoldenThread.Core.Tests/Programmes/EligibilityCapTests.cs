using static GoldenThread.Programmes.Applications;

namespace GoldenThread.Programmes;

/// <summary>
/// The two criteria decided across a system's applications: E-SYSTEM-TEAM-CAP (the earliest complete applications keep
/// the system's places, ties by id) and E-SYSTEM-PEOPLE-CAP (a warning on every team of a system whose teams keeping a
/// place bring more people than expected). The round has 5 places per system and about 40 people.
/// </summary>
public class EligibilityCapTests
{
    private static Dictionary<string, EligibilityResult> ById(IReadOnlyList<EligibilityResult> results) =>
        results.ToDictionary(r => r.ApplicationId);

    [Fact]
    public void TeamCap_FiveCompleteTeams_AllKeepAPlace()
    {
        var results = Eligibility.Evaluate(Settings, [.. Enumerable.Range(1, 5).Select(i => Complete($"a{i}", minutes: i))]);

        Assert.All(results, r => Assert.True(r.Eligible));
        Assert.Equal(new CriterionResult("E-SYSTEM-TEAM-CAP", CriterionStatus.Pass, "5th of 5 complete teams from QXX by submission time; QXX has 5 places"),
            results[4].Criterion("E-SYSTEM-TEAM-CAP"));
    }

    [Fact]
    public void TeamCap_SixTeamsWithATieOnSubmittedAt_TheTieGoesToTheSmallerIdInOrdinalOrder()
    {
        // p1–p4 at 09:01–09:04; "a" and "B" both at 09:05. Ordinal order puts "B" (0x42) before "a" (0x61), where a
        // dictionary (or the culture's comparison) would put "a" first: "B" is 5th and keeps the last place, "a" is 6th.
        Application[] applications =
        [
            Complete("a", minutes: 5), Complete("p3", minutes: 3), Complete("p1", minutes: 1),
            Complete("B", minutes: 5), Complete("p4", minutes: 4), Complete("p2", minutes: 2),
        ];

        var results = ById(Eligibility.Evaluate(Settings, applications));

        Assert.Equal(new CriterionResult("E-SYSTEM-TEAM-CAP", CriterionStatus.Pass, "5th of 6 complete teams from QXX by submission time; QXX has 5 places"),
            results["B"].Criterion("E-SYSTEM-TEAM-CAP"));
        Assert.Equal(new CriterionResult("E-SYSTEM-TEAM-CAP", CriterionStatus.Fail, "6th of 6 complete teams from QXX by submission time; QXX has 5 places"),
            results["a"].Criterion("E-SYSTEM-TEAM-CAP"));
        Assert.Equal(["B", "p1", "p2", "p3", "p4"], results.Values.Where(r => r.Eligible).Select(r => r.ApplicationId).Order(StringComparer.Ordinal));
        Assert.Equal("1st of 6 complete teams from QXX by submission time; QXX has 5 places", results["p1"].Criterion("E-SYSTEM-TEAM-CAP").Message);
    }

    [Fact]
    public void TeamCap_SameMomentInAnotherOffset_IsATie()
    {
        // 10:05+01:00 is 09:05Z: the same moment, so ids decide ("B" before "a").
        Application[] applications =
        [
            .. Enumerable.Range(1, 4).Select(i => Complete($"p{i}", minutes: i)),
            Complete("a", minutes: 5),
            Complete("B", minutes: 5) with { SubmittedAt = new DateTimeOffset(2026, 10, 5, 10, 5, 0, TimeSpan.FromHours(1)) },
        ];

        var results = ById(Eligibility.Evaluate(Settings, applications));

        Assert.True(results["B"].Eligible);
        Assert.False(results["a"].Eligible);
    }

    [Fact]
    public void TeamCap_IncompleteApplications_TakeNoPlaceEvenWhenEarliest()
    {
        // "early" is submitted first but has 5 members: it fails E-TEAM-SIZE, passes the cap without counting, and the six
        // complete teams after it queue as if it were not there: the sixth of them, at 09:06, loses its place.
        var early = Complete("early", minutes: 0, change: c => c with { Members = [.. c.Members.Take(5)] });
        Application[] applications = [early, .. Enumerable.Range(1, 6).Select(i => Complete($"c{i}", minutes: i))];

        var results = ById(Eligibility.Evaluate(Settings, applications));

        Assert.Equal(new CriterionResult("E-SYSTEM-TEAM-CAP", CriterionStatus.Pass, "Not counted towards QXX's places: another criterion is not met"),
            results["early"].Criterion("E-SYSTEM-TEAM-CAP"));
        Assert.Equal(["E-TEAM-SIZE"], results["early"].Criteria.Where(c => c.Status == CriterionStatus.Fail).Select(c => c.Id));
        Assert.Equal("1st of 6 complete teams from QXX by submission time; QXX has 5 places", results["c1"].Criterion("E-SYSTEM-TEAM-CAP").Message);
        Assert.Equal(CriterionStatus.Fail, results["c6"].Criterion("E-SYSTEM-TEAM-CAP").Status);
        Assert.Equal(["E-SYSTEM-TEAM-CAP"], results["c6"].Criteria.Where(c => c.Status == CriterionStatus.Fail).Select(c => c.Id));
    }

    [Fact]
    public void TeamCap_AnotherSystemsTeams_DoNotTakeThisSystemsPlaces()
    {
        // Five QYY teams at 08:00–08:04 (their wicked issue is QYY's frailty), then one QXX team at 09:00.
        Application[] applications =
        [
            .. Enumerable.Range(0, 5).Select(i => Complete($"y{i}", Qyy, minutes: i - 60,
                change: c => c with { WickedIssue = c.WickedIssue with { PriorityArea = "frailty" } })),
            Complete("x1", Qxx),
        ];

        var results = ById(Eligibility.Evaluate(Settings, applications));

        Assert.All(results.Values, r => Assert.True(r.Eligible, r.ApplicationId));
        Assert.Equal("1st of 1 complete team from QXX by submission time; QXX has 5 places", results["x1"].Criterion("E-SYSTEM-TEAM-CAP").Message);
        Assert.Equal("5th of 5 complete teams from QYY by submission time; QYY has 5 places", results["y4"].Criterion("E-SYSTEM-TEAM-CAP").Message);
    }

    [Fact]
    public void TeamCap_OnePlace_SaysSoInTheSingular()
    {
        var results = Eligibility.Evaluate(Settings with { MaxTeamsPerSystem = 1 }, [Complete("a1", minutes: 1), Complete("a2", minutes: 2)]);

        Assert.Equal(new CriterionResult("E-SYSTEM-TEAM-CAP", CriterionStatus.Fail, "2nd of 2 complete teams from QXX by submission time; QXX has 1 place"),
            results[1].Criterion("E-SYSTEM-TEAM-CAP"));
    }

    [Fact]
    public void PeopleCap_FortyPeopleInTheTeamsKeepingAPlace_Passes()
    {
        // Five teams of 8 = 40, exactly the expectation.
        var results = Eligibility.Evaluate(Settings, [.. Enumerable.Range(1, 5).Select(i => Complete($"a{i}", minutes: i, change: c => c.WithMembers(2)))]);

        Assert.All(results, r => Assert.Equal(
            new CriterionResult("E-SYSTEM-PEOPLE-CAP", CriterionStatus.Pass, "40 members across QXX's 5 teams keeping a place; about 40 expected"),
            r.Criterion("E-SYSTEM-PEOPLE-CAP")));
    }

    [Fact]
    public void PeopleCap_MorePeople_WarnsOnEveryTeamOfThatSystemOnlyAndNeverFails()
    {
        // QXX: five complete teams of 9 keep their places (45 people > 40); a sixth complete team of 20 at 09:06 and an
        // incomplete one (no EDI statement) of 30 do not, so their members are not counted, but they are teams of QXX
        // and are warned too. QYY's one team of 6 is well within.
        Application[] applications =
        [
            .. Enumerable.Range(1, 5).Select(i => Complete($"x{i}", minutes: i, change: c => c.WithMembers(3))),
            Complete("x6", minutes: 6, change: c => c.WithMembers(14)),
            Complete("x7", minutes: 0, change: c => c.WithMembers(24) with { EdiStatement = "" }),
            Complete("y1", Qyy, change: c => c with { WickedIssue = c.WickedIssue with { PriorityArea = "Frailty" } }),
        ];

        var results = ById(Eligibility.Evaluate(Settings, applications));

        var warning = new CriterionResult("E-SYSTEM-PEOPLE-CAP", CriterionStatus.Warn, "45 members across QXX's 5 teams keeping a place; about 40 expected");
        Assert.All(["x1", "x2", "x3", "x4", "x5", "x6", "x7"], id => Assert.Equal(warning, results[id].Criterion("E-SYSTEM-PEOPLE-CAP")));
        Assert.All(["x1", "x2", "x3", "x4", "x5"], id => Assert.True(results[id].Eligible, id));
        Assert.Equal(["E-SYSTEM-TEAM-CAP"], results["x6"].Criteria.Where(c => c.Status == CriterionStatus.Fail).Select(c => c.Id));
        Assert.Equal(new CriterionResult("E-SYSTEM-PEOPLE-CAP", CriterionStatus.Pass, "6 members across QYY's 1 team keeping a place; about 40 expected"),
            results["y1"].Criterion("E-SYSTEM-PEOPLE-CAP"));
    }

    [Fact]
    public void PeopleCap_NoTeamKeepsAPlace_CountsNobody()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Members = [.. c.Members.Take(5)] }));

        Assert.Equal(new CriterionResult("E-SYSTEM-PEOPLE-CAP", CriterionStatus.Pass, "No team from QXX keeps a place yet, so no members count; about 40 expected"),
            result.Criterion("E-SYSTEM-PEOPLE-CAP"));
    }

    [Fact]
    public void Caps_SystemCodeInAnotherCase_IsTheSameSystem()
    {
        var results = Eligibility.Evaluate(Settings with { MaxTeamsPerSystem = 1 }, [Complete("a1", "qxx", minutes: 1), Complete("a2", "QXX", minutes: 2)]);

        Assert.Equal("2nd of 2 complete teams from QXX by submission time; QXX has 1 place", results[1].Criterion("E-SYSTEM-TEAM-CAP").Message);
        Assert.False(results[1].Eligible);
    }
}
