using static GoldenThread.Programmes.Applications;

namespace GoldenThread.Programmes;

public class ApplicationRulesTests
{
    [Fact]
    public void Problems_TheCompleteApplication_HasNone()
    {
        Assert.Empty(ApplicationRules.Problems(Complete("a1"), Settings));
    }

    [Fact]
    public void Problems_AnIncompleteApplication_IsNotBadInput()
    {
        // Blank statements, no members, sponsors or measures: for the criteria to fail, not bad input.
        var application = new Application("a1", Qxx, Monday, new ApplicationContent());

        Assert.Empty(ApplicationRules.Problems(application, Settings));
    }

    [Fact]
    public void Problems_UnknownSystemSectorAndSeniority_AreNamedByPathListingWhatIsKnown()
    {
        var application = Complete("a1", "QZZ", change: c => c
            .WithMember(2, m => m with { Sector = "nhs-acut" })
            .WithMember(4, m => m with { Seniority = "Senior" }) with
        {
            Sponsors = [c.Sponsors[0], c.Sponsors[1] with { Sector = "" }],
        });

        var problems = ApplicationRules.Problems(application, Settings);

        Assert.Equal(["systemCode", "sponsors[1].sector", "members[2].sector", "members[4].seniority"], problems.Select(p => p.Field));
        Assert.Equal("“QZZ” is not one of the round's systems (QXX, QYY)", problems[0].Message);
        Assert.StartsWith("No sector given; one of nhs-acute, nhs-community, ", problems[1].Message);
        Assert.StartsWith("“nhs-acut” is not a sector (nhs-acute, nhs-community, ", problems[2].Message);
        Assert.Equal("“Senior” is not a seniority (early-career, middle, senior, executive)", problems[3].Message);
    }

    [Fact]
    public void Problems_ARoundWithoutSystems_SaysSoRatherThanListingNone()
    {
        var problem = Assert.Single(ApplicationRules.Problems(Complete("a1"), Settings with { Systems = [] }));

        Assert.Equal(new ProgrammeProblem("systemCode", "“QXX” is not one of the round's systems: the round has none"), problem);
    }

    [Fact]
    public void Problems_SystemCodeInAnotherCase_IsTheRoundsSystem()
    {
        Assert.Empty(ApplicationRules.Problems(Complete("a1", "qyy"), Settings));
    }

    [Fact]
    public void Problems_TooLongOrTooMany_AreRefusedAtTheirPath()
    {
        var application = new Application(new string('a', 65), Qxx, Monday, Content with
        {
            TeamName = new string('t', 201),
            CitizenGains = new string('c', 4_001),
            Measures = [.. Enumerable.Repeat(Content.Measures[0], 20), Content.Measures[0] with { Baseline = double.PositiveInfinity, Target = 2e12 }],
            EmployerTimeCommitment = new() { Confirmed = true, DaysPerMonth = 32 },
        });

        Assert.Equal(
        [
            new ProgrammeProblem("id", "An id must be 64 characters or fewer"),
            new ProgrammeProblem("teamName", "Must be 200 characters or fewer"),
            new ProgrammeProblem("citizenGains", "Must be 4,000 characters or fewer"),
            new ProgrammeProblem("measures", "At most 20 measures; 21 given"),
            new ProgrammeProblem("measures[20].baseline", "Must be a number between -1,000,000,000,000 and 1,000,000,000,000"),
            new ProgrammeProblem("measures[20].target", "Must be a number between -1,000,000,000,000 and 1,000,000,000,000"),
            new ProgrammeProblem("employerTimeCommitment.daysPerMonth", "Days a month must be between 0 and 31"),
        ], ApplicationRules.Problems(application, Settings));
    }

    [Fact]
    public void Problems_ABlankId_AsksForOne()
    {
        Assert.Equal([new ProgrammeProblem("id", "Enter an id")], ApplicationRules.Problems(Complete(" "), Settings));
    }
}
