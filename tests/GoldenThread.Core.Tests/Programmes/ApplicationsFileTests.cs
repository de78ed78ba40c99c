using System.Text.Json;
using static GoldenThread.Programmes.Applications;

namespace GoldenThread.Programmes;

public class ApplicationsFileTests
{
    /// <summary>The complete application of <see cref="Applications"/> as an element of APPLICATIONS.json, fields in the reference's order.</summary>
    private const string Complete1 = """
        {"id": "a1", "systemCode": "QXX", "submittedAt": "2026-10-05T10:30:00+01:00", "teamName": "Care homes crisis team",
         "wickedIssue": {"title": "Crisis care in care homes", "description": "Residents in crisis go to A&E because no one else can come in time.", "priorityArea": "care homes"},
         "citizenGains": "Fewer residents taken to A&E from care homes",
         "ediStatement": "Homes in the most deprived wards join first, with interpreters",
         "communityInvolvement": "Residents and families co-design the plan from the first workshop",
         "systemLeadershipGains": "Council, trusts and charities share one budget for crisis care",
         "measures": [{"name": "Emergency admissions from care homes", "baseline": 42, "target": 38, "unit": "per month"}],
         "sponsors": [{"name": "Dr Kim Lee", "role": "Chief Medical Officer", "organisation": "University Hospitals Sussex", "sector": "nhs-acute", "senior": true},
                      {"name": "Sam Hart", "role": "Director of Adult Social Care", "organisation": "Brighton and Hove City Council", "sector": "local-authority-unitary", "senior": true}],
         "members": [
           {"name": "Asha Patel", "organisation": "University Hospitals Sussex", "sector": "nhs-acute", "seniority": "senior", "function": "clinical", "committedBeyondProgramme": true, "willShareLearning": true},
           {"name": "Ben Okafor", "organisation": "Brighton and Hove City Council", "sector": "local-authority-unitary", "seniority": "executive", "function": "managerial", "committedBeyondProgramme": true, "willShareLearning": true},
           {"name": "Cara Jones", "organisation": "Sussex Community NHS Foundation Trust", "sector": "nhs-community", "seniority": "middle", "function": "clinical", "committedBeyondProgramme": true, "willShareLearning": true},
           {"name": "Dan Smith", "organisation": "Hangleton Surgery", "sector": "nhs-primary-care", "seniority": "early-career", "function": "clinical", "committedBeyondProgramme": true, "willShareLearning": true},
           {"name": "Eli Brown", "organisation": "Together Co", "sector": "voluntary-community", "seniority": "middle", "function": "care", "committedBeyondProgramme": true, "willShareLearning": true},
           {"name": "Fay Green", "organisation": "Brighton and Hove City Council", "sector": "local-authority-unitary", "seniority": "middle", "function": "social work", "committedBeyondProgramme": true, "willShareLearning": true}],
         "employerTimeCommitment": {"confirmed": true, "daysPerMonth": 2}}
        """;

    /// <summary>An application with only what is required: everything else is blank, for the criteria to judge.</summary>
    private const string Bare = """{"id": "b2", "systemCode": "qyy", "submittedAt": "2026-10-05T09:00:00Z"}""";

    private static string Same<T>(T value) => JsonSerializer.Serialize(value);

    private static IReadOnlyList<ProgrammeProblem> Problems(string json)
    {
        var reading = ApplicationsFile.Read(json, Settings);
        Assert.Null(reading.Applications);
        return reading.Problems;
    }

    [Fact]
    public void Read_TheCompleteApplicationAndABareOne_ReadsThemInTheFilesOrder()
    {
        var reading = ApplicationsFile.Read($"[{Complete1}, {Bare}]", Settings);

        Assert.Empty(reading.Problems);
        Assert.Equal(2, reading.Applications!.Count);
        // 10:30+01:00 is 09:30Z: the moment is kept with the offset it was written in.
        Assert.Equal(Same(Applications.Complete("a1", minutes: 30) with { SubmittedAt = new DateTimeOffset(2026, 10, 5, 10, 30, 0, TimeSpan.FromHours(1)) }),
            Same(reading.Applications[0]));
        Assert.Equal(Same(new Application("b2", "qyy", Monday, new ApplicationContent())), Same(reading.Applications[1]));
    }

    [Fact]
    public void Read_NullFields_AreTheSameAsFieldsLeftOut()
    {
        var reading = ApplicationsFile.Read("""
            [{"id": "b2", "systemCode": "QYY", "submittedAt": "2026-10-05T09:00:00Z", "teamName": null, "wickedIssue": null, "measures": null,
              "members": [{"sector": "housing", "seniority": "middle", "name": null, "committedBeyondProgramme": null}],
              "employerTimeCommitment": {"confirmed": true, "daysPerMonth": null}}]
            """, Settings);

        Assert.Empty(reading.Problems);
        var content = reading.Applications![0].Content;
        Assert.Equal(("", "", 0), (content.TeamName, content.WickedIssue.Title, content.Measures.Count));
        Assert.Equal(Same(new TeamMember { Sector = "housing", Seniority = "middle" }), Same(Assert.Single(content.Members)));
        Assert.Equal(Same(new TimeCommitment { Confirmed = true }), Same(content.EmployerTimeCommitment));
    }

    [Fact]
    public void Read_NoApplications_IsAnEmptyList()
    {
        Assert.Equal((0, 0), (ApplicationsFile.Read(" [ ] ", Settings).Applications!.Count, ApplicationsFile.Read("[]", Settings).Problems.Count));
    }

    [Fact]
    public void Read_MalformedJson_SaysWhereWithLineAndPosition()
    {
        // Line 2, the 16th character (the brace): the parser expected a value after the colon.
        var problem = Assert.Single(Problems("[{\"id\": \"a1\",\n \"systemCode\": }]"));

        Assert.Equal("$", problem.Field);
        Assert.StartsWith("is not valid JSON at line 2, position 16: ", problem.Message);
        Assert.DoesNotContain("LineNumber", problem.Message);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { """{"id": "a1"}""", "$: must be a list of applications (a JSON array), found {\"id\": \"a1\"}" },
        { $"[{Bare}, 42]", "[1]: must be an application (a JSON object), found 42" },
        { """[{"systemCode": "QXX", "submittedAt": "2026-10-05T09:00:00Z"}]""", "[0].id: is required" },
        { """[{"id": null, "systemCode": "QXX", "submittedAt": "2026-10-05T09:00:00Z"}]""", "[0].id: is required" },
        { """[{"id": "a1", "submittedAt": "2026-10-05T09:00:00Z"}]""", "[0].systemCode: is required" },
        { """[{"id": "a1", "systemCode": "QXX"}]""", "[0].submittedAt: is required" },
        { """[{"id": 7, "systemCode": "QXX", "submittedAt": "2026-10-05T09:00:00Z"}]""", "[0].id: must be text (a JSON string), found 7" },
        { """[{"id": "a1", "systemCode": "QXX", "submittedAt": "2026-10-05T09:00:00"}]""", "[0].submittedAt: “2026-10-05T09:00:00” is not a date and time with its offset, such as 2026-10-01T09:00:00Z" },
        { """[{"id": "a1", "systemCode": "QXX", "submittedAt": "2026-13-05T09:00:00Z"}]""", "[0].submittedAt: “2026-13-05T09:00:00Z” is not a date and time with its offset, such as 2026-10-01T09:00:00Z" },
        { """[{"id": "a1", "systemCode": "QXX", "submittedAt": "5 October 2026"}]""", "[0].submittedAt: “5 October 2026” is not a date and time with its offset, such as 2026-10-01T09:00:00Z" },
        { $"[{Bare[..^1]}, \"teamname\": \"x\"}}]", "[0].teamname: is not a field of an application (id, systemCode, submittedAt, teamName, " },
        { $"[{Bare[..^1]}, \"id\": \"b3\"}}]", "[0].id: is given twice" },
        { $"[{Bare[..^1]}, \"wickedIssue\": \"falls\"}}]", "[0].wickedIssue: must be the wicked issue (a JSON object), found \"falls\"" },
        { $"[{Bare[..^1]}, \"wickedIssue\": {{\"area\": \"falls\"}}}}]", "[0].wickedIssue.area: is not a field of the wicked issue (title, description, priorityArea)" },
        { $"[{Bare[..^1]}, \"citizenGains\": [\"fewer falls\"]}}]", "[0].citizenGains: must be text (a JSON string), found [\"fewer falls\"]" },
        { $"[{Bare[..^1]}, \"members\": {{\"name\": \"Asha\"}}}}]", "[0].members: must be a list (a JSON array), found {\"name\": \"Asha\"}" },
        { $"[{Bare[..^1]}, \"members\": [{{\"sector\": \"housing\", \"seniority\": \"middle\"}}, {{\"sectr\": \"housing\"}}]}}]", "[0].members[1].sectr: is not a field of a member (name, organisation, sector, seniority, function, committedBeyondProgramme, willShareLearning)" },
        { $"[{Bare[..^1]}, \"members\": [{{\"sector\": \"housing\", \"seniority\": \"middle\", \"willShareLearning\": \"yes\"}}]}}]", "[0].members[0].willShareLearning: must be true or false, found \"yes\"" },
        { $"[{Bare[..^1]}, \"measures\": [{{\"name\": \"Falls\", \"baseline\": \"42\"}}]}}]", "[0].measures[0].baseline: must be a number, found \"42\"" },
        { $"[{Bare[..^1]}, \"measures\": [{{\"name\": \"Falls\", \"target\": 1e400}}]}}]", "[0].measures[0].target: 1e400 is too large a number" },
        { $"[{Bare[..^1]}, \"sponsors\": [{{\"sector\": \"housing\", \"senior\": 1}}]}}]", "[0].sponsors[0].senior: must be true or false, found 1" },
        { $"[{Bare[..^1]}, \"employerTimeCommitment\": {{\"confirmed\": true, \"daysPerMonth\": \"two\"}}}}]", "[0].employerTimeCommitment.daysPerMonth: must be a number, found \"two\"" },
        { $"[{Bare[..^1]}, \"employerTimeCommitment\": {{\"confirmed\": true, \"hours\": 8}}}}]", "[0].employerTimeCommitment.hours: is not a field of the employers' time commitment (confirmed, daysPerMonth)" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadFile_NamesTheJsonPathOfTheFirstProblem(string json, string expected)
    {
        var problems = Problems(json);

        Assert.StartsWith(expected, problems[0].ToString());
    }

    [Fact]
    public void Read_TheSameIdTwice_NamesTheSecondAndTheFirst()
    {
        var problems = Problems($"[{Complete1}, {Bare}, {Complete1}]");

        Assert.Equal([new ProgrammeProblem("[2].id", "“a1” is also the id of [0]; each application needs its own")], problems);
    }

    [Fact]
    public void Read_IdsDifferingOnlyInCase_AreDifferentIds()
    {
        var reading = ApplicationsFile.Read($"[{Bare}, {Bare.Replace("b2", "B2")}]", Settings);

        Assert.Equal(["b2", "B2"], reading.Applications!.Select(a => a.Id));
    }

    [Fact]
    public void Read_UnknownSystemSectorAndSeniority_AreTheRulesProblemsAtTheirFullPath()
    {
        var second = Complete1.Replace("\"id\": \"a1\"", "\"id\": \"a2\"").Replace("\"systemCode\": \"QXX\"", "\"systemCode\": \"QZZ\"")
            .Replace("\"sector\": \"nhs-community\"", "\"sector\": \"nhs-comunity\"").Replace("\"seniority\": \"early-career\"", "\"seniority\": \"junior\"");

        var problems = Problems($"[{Complete1}, {second}]");

        Assert.Equal(["[1].systemCode", "[1].members[2].sector", "[1].members[3].seniority"], problems.Select(p => p.Field));
        Assert.Equal("[1].systemCode: “QZZ” is not one of the round's systems (QXX, QYY)", problems[0].ToString());
        Assert.StartsWith("[1].members[2].sector: “nhs-comunity” is not a sector (nhs-acute, ", problems[1].ToString());
        Assert.Equal("[1].members[3].seniority: “junior” is not a seniority (early-career, middle, senior, executive)", problems[2].ToString());
    }

    [Fact]
    public void Read_ProblemsInSeveralApplications_AreAllReportedInTheFilesOrder()
    {
        var problems = Problems("""
            [{"id": "a1", "systemCode": "QXX"},
             {"id": "a2", "systemCode": "QXX", "submittedAt": "2026-10-05T09:00:00Z", "members": [{"sector": "nhs", "seniority": "middle"}]},
             {"id": "a3", "systemCode": "QXX", "submittedAt": "2026-10-05T09:00:00Z", "measures": [{"baseline": true}]}]
            """);

        Assert.Equal(["[0].submittedAt", "[1].members[0].sector", "[2].measures[0].baseline"], problems.Select(p => p.Field));
    }

    [Fact]
    public void ReadOne_AnElement_KeysProblemsWithinIt()
    {
        using var document = JsonDocument.Parse("""{"id": "a1", "systemCode": "QXX", "submittedAt": "2026-10-05T09:00:00Z", "members": [{"sector": "nhs", "seniority": "middle"}], "extra": 1}""");

        var reading = ApplicationsFile.ReadOne(document.RootElement, Settings);

        Assert.Null(reading.Application);
        Assert.Equal([new ProgrammeProblem("extra", "is not a field of an application (id, systemCode, submittedAt, teamName, wickedIssue, citizenGains, ediStatement, communityInvolvement, systemLeadershipGains, measures, sponsors, members, employerTimeCommitment)")],
            reading.Problems);
    }

    [Fact]
    public void ReadOne_NotAnObject_IsAProblemOfTheWhole()
    {
        using var document = JsonDocument.Parse("[1]");

        Assert.Equal([new ProgrammeProblem("$", "must be an application (a JSON object), found [1]")], ApplicationsFile.ReadOne(document.RootElement, Settings).Problems);
    }

    [Fact]
    public void ReadOne_SubmittedAtLeftOut_TakesTheMomentGivenButNotOverAValueSent()
    {
        var now = new DateTimeOffset(2026, 10, 6, 14, 0, 0, TimeSpan.Zero);
        using var without = JsonDocument.Parse("""{"id": "a1", "systemCode": "QXX"}""");
        using var with = JsonDocument.Parse(Bare);

        Assert.Equal(now, ApplicationsFile.ReadOne(without.RootElement, Settings, submittedAtWhenLeftOut: now).Application!.SubmittedAt);
        Assert.Equal(Monday, ApplicationsFile.ReadOne(with.RootElement, Settings, submittedAtWhenLeftOut: now).Application!.SubmittedAt);
        Assert.Equal([new ProgrammeProblem("submittedAt", "is required")], ApplicationsFile.ReadOne(without.RootElement, Settings).Problems);
    }

    [Fact]
    public void ReadOne_TheRulesProblems_AreKeyedWithoutAPrefix()
    {
        using var document = JsonDocument.Parse(Bare.Replace("qyy", "QZZ"));

        Assert.Equal([new ProgrammeProblem("systemCode", "“QZZ” is not one of the round's systems (QXX, QYY)")],
            ApplicationsFile.ReadOne(document.RootElement, Settings).Problems);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameApplications()
    {
        Application[] applications =
        [
            Applications.Complete("a1") with { SubmittedAt = new DateTimeOffset(2026, 10, 5, 10, 30, 15, 250, TimeSpan.FromHours(1)) },
            new("b2", Qyy, Monday, new ApplicationContent
            {
                Measures = [new() { Name = "Falls", Baseline = 0.1 }],
                EmployerTimeCommitment = new() { Confirmed = true, DaysPerMonth = 1.25m },
            }),
        ];

        var written = ApplicationsFile.Write(applications);
        var reading = ApplicationsFile.Read(written, Settings);

        Assert.Empty(reading.Problems);
        Assert.Equal(Same(applications), Same(reading.Applications));
        Assert.Contains("\"submittedAt\": \"2026-10-05T09:00:00+00:00\"", written, StringComparison.Ordinal);
        Assert.Contains("\"submittedAt\": \"2026-10-05T10:30:15.25+01:00\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOne_Text_ReadsAsTheElementAndSaysWhereJsonIsMalformed()
    {
        var good = ApplicationsFile.ReadOne(Bare, Settings);
        var malformed = ApplicationsFile.ReadOne("{\"id\": \"a1\",", Settings);

        Assert.Equal(("b2", "qyy"), (good.Application!.Id, good.SystemCode));
        Assert.Null(malformed.Application);
        // The parser reports the end of data at the last character it read, the comma, the 12th.
        Assert.StartsWith("$: is not valid JSON at line 1, position 12: ", Assert.Single(malformed.Problems).ToString());
    }

    [Fact]
    public void ReadOne_SystemCode_IsToldEvenWhenTheApplicationHasProblems()
    {
        var reading = ApplicationsFile.ReadOne("""{"id": 1, "systemCode": "QXX", "members": 3}""", Settings);

        Assert.Null(reading.Application);
        Assert.Equal("QXX", reading.SystemCode);
        Assert.Equal(["id", "submittedAt", "members"], reading.Problems.Select(p => p.Field));
    }
}
