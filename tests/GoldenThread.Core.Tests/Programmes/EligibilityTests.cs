using static GoldenThread.Programmes.Applications;

namespace GoldenThread.Programmes;

/// <summary>
/// The criteria an application meets or not on its own (reference/eligibility-criteria.md), each from the complete
/// application of <see cref="Applications"/> with one thing changed; the caps per system are in EligibilityCapTests.
/// </summary>
public class EligibilityTests
{
    [Fact]
    public void Evaluate_CompleteApplication_PassesEveryCriterionInTheCatalogueOrderSayingWhatWasFound()
    {
        var result = Evaluate(Complete("a1"));

        Assert.Equal("a1", result.ApplicationId);
        Assert.True(result.Eligible);
        Assert.Equal<(string, CriterionStatus, string)[]>(
        [
            ("E-TEAM-SIZE", CriterionStatus.Pass, "6 members; at least 6 needed"),
            ("E-SYSTEM-TEAM-CAP", CriterionStatus.Pass, "1st of 1 complete team from QXX by submission time; QXX has 5 places"),
            ("E-SYSTEM-PEOPLE-CAP", CriterionStatus.Pass, "6 members across QXX's 1 team keeping a place; about 40 expected"),
            ("E-PAN-SECTOR", CriterionStatus.Pass, "Members from 5 sectors (local-authority-unitary, nhs-acute, nhs-community, nhs-primary-care, voluntary-community), 2 outside the NHS; at least 2 needed, one outside the NHS"),
            ("E-MULTI-ORGANISATION", CriterionStatus.Pass, "5 organisations among the members; at least 2 needed"),
            ("E-MULTI-SENIORITY", CriterionStatus.Pass, "4 seniority levels (early-career, executive, middle, senior); at least 2 needed"),
            ("E-MULTI-FUNCTION", CriterionStatus.Pass, "4 functions (care, clinical, managerial, social work); at least 2 needed"),
            ("E-PRIORITY-LINK", CriterionStatus.Pass, "Linked to “care homes”, one of QXX's priority areas"),
            ("E-CITIZEN-GAINS", CriterionStatus.Pass, "Gains for citizens: 44 characters; at least 20 needed"),
            ("E-EDI", CriterionStatus.Pass, "An EDI statement: 62 characters; at least 20 needed"),
            ("E-MEASURABLE", CriterionStatus.Pass, "1 measure, 1 with a name, a baseline and a different target; at least 1 needed"),
            ("E-COMMUNITY-INVOLVEMENT", CriterionStatus.Pass, "Community involvement: 65 characters; at least 20 needed"),
            ("E-SYSTEM-GAINS", CriterionStatus.Pass, "System leadership gains: 62 characters; at least 20 needed"),
            ("E-SENIOR-SPONSORS", CriterionStatus.Pass, "Senior sponsors from 2 sectors (local-authority-unitary, nhs-acute), 1 outside the NHS; at least 2 needed, one outside the NHS"),
            ("E-SENIOR-PARTICIPANTS", CriterionStatus.Pass, "2 senior or executive members from 2 sectors (local-authority-unitary, nhs-acute); at least 2 sectors needed"),
            ("E-COMMITMENT", CriterionStatus.Pass, "All 6 members are committed beyond the programme and will share learning"),
            ("E-TIME", CriterionStatus.Pass, "Confirmed, 2 days a month; at least 1 day a month needed"),
        ], [.. result.Criteria.Select(c => (c.Id, c.Status, c.Message))]);
    }

    [Fact]
    public void Evaluate_ResultsComeBackInTheOrderOfTheApplicationsGiven()
    {
        var results = Eligibility.Evaluate(Settings, [Complete("c", minutes: 1), Complete("a", Qyy, minutes: 2), Complete("b", minutes: 0)]);

        Assert.Equal(["c", "a", "b"], results.Select(r => r.ApplicationId));
    }

    // E-TEAM-SIZE

    [Fact]
    public void TeamSize_ExactlySixMembers_Passes()
    {
        Assert.Equal(6, Content.Members.Count);
        var result = Evaluate(Complete("a1"));

        Assert.Equal(CriterionStatus.Pass, result.Criterion("E-TEAM-SIZE").Status);
    }

    [Fact]
    public void TeamSize_FiveMembers_FailsSayingHowManyAndHowManyNeeded()
    {
        // Without Fay Green (the council's second member) the team keeps its five sectors, organisations and levels.
        var result = Evaluate(Complete("a1", change: c => c with { Members = [.. c.Members.Take(5)] }));

        Assert.Equal(new CriterionResult("E-TEAM-SIZE", CriterionStatus.Fail, "5 members; at least 6 needed"), result.Criterion("E-TEAM-SIZE"));
        Assert.False(result.Eligible);
        Assert.Equal(["E-TEAM-SIZE"], result.Criteria.Where(c => c.Status == CriterionStatus.Fail).Select(c => c.Id));
    }

    [Fact]
    public void TeamSize_TheRoundsOwnMinimum_IsTheBar()
    {
        var settings = Settings with { MinTeamSize = 7 };

        var result = Evaluate(Complete("a1"), settings);

        Assert.Equal(new CriterionResult("E-TEAM-SIZE", CriterionStatus.Fail, "6 members; at least 7 needed"), result.Criterion("E-TEAM-SIZE"));
    }

    // E-PAN-SECTOR

    [Fact]
    public void PanSector_EveryMemberFromTheNhs_FailsNamingTheSectors()
    {
        var result = Evaluate(Complete("a1", change: c => c with
        {
            Members = [.. c.Members.Select((m, i) => m with { Sector = i % 2 == 0 ? "nhs-acute" : "nhs-community" })],
        }));

        Assert.Equal(new CriterionResult("E-PAN-SECTOR", CriterionStatus.Fail,
            "Members from 2 sectors (nhs-acute, nhs-community), 0 outside the NHS; at least 2 needed, one outside the NHS"), result.Criterion("E-PAN-SECTOR"));
    }

    [Fact]
    public void PanSector_OneSectorOutsideTheNhs_FailsForWantOfASecondSector()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Members = [.. c.Members.Select(m => m with { Sector = "local-authority-unitary" })] }));

        Assert.Equal(new CriterionResult("E-PAN-SECTOR", CriterionStatus.Fail,
            "Members from 1 sector (local-authority-unitary), 1 outside the NHS; at least 2 needed, one outside the NHS"), result.Criterion("E-PAN-SECTOR"));
    }

    [Fact]
    public void PanSector_TwoSectorsBothOutsideTheNhs_Passes()
    {
        var result = Evaluate(Complete("a1", change: c => c with
        {
            Members = [.. c.Members.Select((m, i) => m with { Sector = i < 3 ? "housing" : "voluntary-community" })],
        }));

        Assert.Equal(CriterionStatus.Pass, result.Criterion("E-PAN-SECTOR").Status);
        Assert.Equal("Members from 2 sectors (housing, voluntary-community), 2 outside the NHS; at least 2 needed, one outside the NHS",
            result.Criterion("E-PAN-SECTOR").Message);
    }

    [Fact]
    public void PanSector_NoMembers_FailsSayingSo()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Members = [] }));

        Assert.Equal("No members; at least 2 sectors needed, one outside the NHS", result.Criterion("E-PAN-SECTOR").Message);
        Assert.Equal(CriterionStatus.Fail, result.Criterion("E-PAN-SECTOR").Status);
    }

    // E-MULTI-ORGANISATION

    [Fact]
    public void MultiOrganisation_OneOrganisationWrittenThreeWays_CountsOnceAndFails()
    {
        string[] spellings = ["Brighton and Hove City Council", " brighton and hove city council", "BRIGHTON AND HOVE CITY COUNCIL "];
        var result = Evaluate(Complete("a1", change: c => c with { Members = [.. c.Members.Select((m, i) => m with { Organisation = spellings[i % 3] })] }));

        Assert.Equal(new CriterionResult("E-MULTI-ORGANISATION", CriterionStatus.Fail, "1 organisation among the members; at least 2 needed"),
            result.Criterion("E-MULTI-ORGANISATION"));
    }

    [Fact]
    public void MultiOrganisation_TwoOrganisations_Passes()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Members = [.. c.Members.Select((m, i) => m with { Organisation = i == 0 ? "Trust" : "Council" })] }));

        Assert.Equal(new CriterionResult("E-MULTI-ORGANISATION", CriterionStatus.Pass, "2 organisations among the members; at least 2 needed"),
            result.Criterion("E-MULTI-ORGANISATION"));
    }

    // E-MULTI-SENIORITY

    [Fact]
    public void MultiSeniority_EveryoneMiddle_FailsNamingTheLevel()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Members = [.. c.Members.Select(m => m with { Seniority = "middle" })] }));

        Assert.Equal(new CriterionResult("E-MULTI-SENIORITY", CriterionStatus.Fail, "1 seniority level (middle); at least 2 needed"),
            result.Criterion("E-MULTI-SENIORITY"));
    }

    [Fact]
    public void MultiSeniority_TwoLevels_Passes()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Members = [.. c.Members.Select((m, i) => m with { Seniority = i == 5 ? "executive" : "middle" })] }));

        Assert.Equal(new CriterionResult("E-MULTI-SENIORITY", CriterionStatus.Pass, "2 seniority levels (executive, middle); at least 2 needed"),
            result.Criterion("E-MULTI-SENIORITY"));
    }

    // E-MULTI-FUNCTION

    [Fact]
    public void MultiFunction_OneFunctionInDifferentCaseAndSpacing_FailsAsOne()
    {
        string[] spellings = ["Clinical", " clinical ", "CLINICAL"];
        var result = Evaluate(Complete("a1", change: c => c with { Members = [.. c.Members.Select((m, i) => m with { Function = spellings[i % 3] })] }));

        Assert.Equal(new CriterionResult("E-MULTI-FUNCTION", CriterionStatus.Fail, "1 function (clinical); at least 2 needed"),
            result.Criterion("E-MULTI-FUNCTION"));
    }

    [Fact]
    public void MultiFunction_BlankFunctionsAreNotAFunction()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Members = [.. c.Members.Select((m, i) => m with { Function = i == 0 ? "Clinical" : "  " })] }));

        Assert.Equal(new CriterionResult("E-MULTI-FUNCTION", CriterionStatus.Fail, "1 function (clinical); at least 2 needed"),
            result.Criterion("E-MULTI-FUNCTION"));
    }

    // E-PRIORITY-LINK

    [Fact]
    public void PriorityLink_AreaInAnotherCase_Passes()
    {
        var result = Evaluate(Complete("a1", change: c => c with { WickedIssue = c.WickedIssue with { PriorityArea = " Care HOMES " } }));

        Assert.Equal(new CriterionResult("E-PRIORITY-LINK", CriterionStatus.Pass, "Linked to “Care HOMES”, one of QXX's priority areas"),
            result.Criterion("E-PRIORITY-LINK"));
    }

    [Fact]
    public void PriorityLink_AreaNotTheSystems_FailsListingTheSystemsAreas()
    {
        var result = Evaluate(Complete("a1", change: c => c with { WickedIssue = c.WickedIssue with { PriorityArea = "frailty" } }));

        // frailty is QYY's priority, not QXX's.
        Assert.Equal(new CriterionResult("E-PRIORITY-LINK", CriterionStatus.Fail,
            "“frailty” is not one of QXX's priority areas (“mental health” and “care homes”)"), result.Criterion("E-PRIORITY-LINK"));
    }

    [Fact]
    public void PriorityLink_NoArea_FailsSayingWhichAreasThereAre()
    {
        var result = Evaluate(Complete("a1", change: c => c with { WickedIssue = c.WickedIssue with { PriorityArea = "" } }));

        Assert.Equal(new CriterionResult("E-PRIORITY-LINK", CriterionStatus.Fail,
            "No priority area given; QXX's are “mental health” and “care homes”"), result.Criterion("E-PRIORITY-LINK"));
    }

    [Theory]
    [InlineData("", "Residents in crisis go to A&E.", "The wicked issue has no title")]
    [InlineData("Crisis care", "   ", "The wicked issue has no description")]
    [InlineData(" ", "", "The wicked issue has no title or description")]
    public void PriorityLink_NoTitleOrDescription_FailsNamingWhatIsMissing(string title, string description, string message)
    {
        var result = Evaluate(Complete("a1", change: c => c with { WickedIssue = c.WickedIssue with { Title = title, Description = description } }));

        Assert.Equal(new CriterionResult("E-PRIORITY-LINK", CriterionStatus.Fail, message), result.Criterion("E-PRIORITY-LINK"));
    }

    // Stated: E-CITIZEN-GAINS, E-EDI, E-COMMUNITY-INVOLVEMENT, E-SYSTEM-GAINS

    public static TheoryData<string, string> Statements => new()
    {
        { "E-CITIZEN-GAINS", "Gains for citizens" },
        { "E-EDI", "An EDI statement" },
        { "E-COMMUNITY-INVOLVEMENT", "Community involvement" },
        { "E-SYSTEM-GAINS", "System leadership gains" },
    };

    private static Application WithStatement(string criterion, string text) => Complete("a1", change: c => criterion switch
    {
        "E-CITIZEN-GAINS" => c with { CitizenGains = text },
        "E-EDI" => c with { EdiStatement = text },
        "E-COMMUNITY-INVOLVEMENT" => c with { CommunityInvolvement = text },
        _ => c with { SystemLeadershipGains = text },
    });

    [Theory]
    [MemberData(nameof(Statements))]
    public void Stated_NineteenCharactersAfterTrimming_Fails(string criterion, string what)
    {
        // 19 characters between the spaces, tab and line break that trimming removes: 3 + 19 + 3 = 25 before.
        var text = "  \t" + "Fewer falls at home" + " \n ";
        Assert.Equal((25, 19), (text.Length, text.Trim().Length));

        var result = Evaluate(WithStatement(criterion, text));

        Assert.Equal(new CriterionResult(criterion, CriterionStatus.Fail, $"{what}: 19 characters; at least 20 needed"), result.Criterion(criterion));
        Assert.False(result.Eligible);
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Stated_TwentyCharactersAfterTrimming_Passes(string criterion, string what)
    {
        var text = "  \t" + "Fewer falls at home." + " \n ";
        Assert.Equal(20, text.Trim().Length);

        var result = Evaluate(WithStatement(criterion, text));

        Assert.Equal(new CriterionResult(criterion, CriterionStatus.Pass, $"{what}: 20 characters; at least 20 needed"), result.Criterion(criterion));
        Assert.True(result.Eligible);
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Stated_BlankAfterTrimming_FailsAsNotStated(string criterion, string what)
    {
        var result = Evaluate(WithStatement(criterion, " \t\r\n "));

        Assert.Equal(new CriterionResult(criterion, CriterionStatus.Fail, $"{what}: not stated"), result.Criterion(criterion));
    }

    // E-MEASURABLE

    [Fact]
    public void Measurable_BaselineEqualToTarget_Fails()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Measures = [c.Measures[0] with { Baseline = 40, Target = 40 }] }));

        Assert.Equal(new CriterionResult("E-MEASURABLE", CriterionStatus.Fail,
            "1 measure, 0 with a name, a baseline and a different target; at least 1 needed"), result.Criterion("E-MEASURABLE"));
    }

    [Fact]
    public void Measurable_OneGoodMeasureAmongIncompleteOnes_Passes()
    {
        // No target; no name; baseline equal to target; then the good one.
        var result = Evaluate(Complete("a1", change: c => c with
        {
            Measures =
            [
                new() { Name = "Falls", Baseline = 12 },
                new() { Name = "  ", Baseline = 3, Target = 2 },
                new() { Name = "Readmissions", Baseline = 0.5, Target = 0.5 },
                c.Measures[0],
            ],
        }));

        Assert.Equal(new CriterionResult("E-MEASURABLE", CriterionStatus.Pass,
            "4 measures, 1 with a name, a baseline and a different target; at least 1 needed"), result.Criterion("E-MEASURABLE"));
    }

    [Fact]
    public void Measurable_NoMeasures_FailsSayingSo()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Measures = [] }));

        Assert.Equal(new CriterionResult("E-MEASURABLE", CriterionStatus.Fail,
            "No measures; at least 1 with a name, a baseline and a different target needed"), result.Criterion("E-MEASURABLE"));
    }

    // E-SENIOR-SPONSORS

    [Fact]
    public void SeniorSponsors_SponsorsNotSenior_FailSayingNoneIsSenior()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Sponsors = [.. c.Sponsors.Select(s => s with { Senior = false })] }));

        Assert.Equal(new CriterionResult("E-SENIOR-SPONSORS", CriterionStatus.Fail,
            "2 sponsors, none of them senior; senior sponsors from at least 2 sectors needed, one outside the NHS"), result.Criterion("E-SENIOR-SPONSORS"));
    }

    [Fact]
    public void SeniorSponsors_OnlyTheCouncilsSponsorSenior_FailsCountingOnlyTheSeniorOne()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Sponsors = [c.Sponsors[0] with { Senior = false }, c.Sponsors[1]] }));

        Assert.Equal(new CriterionResult("E-SENIOR-SPONSORS", CriterionStatus.Fail,
            "Senior sponsors from 1 sector (local-authority-unitary), 1 outside the NHS; at least 2 needed, one outside the NHS"),
            result.Criterion("E-SENIOR-SPONSORS"));
    }

    [Fact]
    public void SeniorSponsors_BothFromTheNhs_Fails()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Sponsors = [c.Sponsors[0], c.Sponsors[1] with { Sector = "nhs-community" }] }));

        Assert.Equal(new CriterionResult("E-SENIOR-SPONSORS", CriterionStatus.Fail,
            "Senior sponsors from 2 sectors (nhs-acute, nhs-community), 0 outside the NHS; at least 2 needed, one outside the NHS"),
            result.Criterion("E-SENIOR-SPONSORS"));
    }

    [Fact]
    public void SeniorSponsors_None_FailsSayingSo()
    {
        var result = Evaluate(Complete("a1", change: c => c with { Sponsors = [] }));

        Assert.Equal(new CriterionResult("E-SENIOR-SPONSORS", CriterionStatus.Fail,
            "No senior sponsors; at least 2 sectors needed, one outside the NHS"), result.Criterion("E-SENIOR-SPONSORS"));
    }

    // E-SENIOR-PARTICIPANTS

    [Fact]
    public void SeniorParticipants_SeniorMembersFromOneSector_Fails()
    {
        // Ben Okafor (the council's executive) becomes middle: the only senior member left is Asha Patel (acute trust).
        var result = Evaluate(Complete("a1", change: c => c.WithMember(1, m => m with { Seniority = "middle" })));

        Assert.Equal(new CriterionResult("E-SENIOR-PARTICIPANTS", CriterionStatus.Fail,
            "1 senior or executive member from 1 sector (nhs-acute); at least 2 sectors needed"), result.Criterion("E-SENIOR-PARTICIPANTS"));
        Assert.Equal(CriterionStatus.Pass, result.Criterion("E-MULTI-SENIORITY").Status);
    }

    [Fact]
    public void SeniorParticipants_NoSeniorOrExecutive_FailsSayingSo()
    {
        var result = Evaluate(Complete("a1", change: c => c with
        {
            Members = [.. c.Members.Select((m, i) => m with { Seniority = i % 2 == 0 ? "middle" : "early-career" })],
        }));

        Assert.Equal(new CriterionResult("E-SENIOR-PARTICIPANTS", CriterionStatus.Fail,
            "No senior or executive members; at least 2 sectors needed"), result.Criterion("E-SENIOR-PARTICIPANTS"));
    }

    // E-COMMITMENT

    [Fact]
    public void Commitment_OneNotCommittedAndOneNotSharing_FailsNamingThem()
    {
        var result = Evaluate(Complete("a1", change: c => c
            .WithMember(3, m => m with { CommittedBeyondProgramme = false })
            .WithMember(4, m => m with { WillShareLearning = false })));

        Assert.Equal(new CriterionResult("E-COMMITMENT", CriterionStatus.Fail,
            "1 of 6 not committed beyond the programme (Dan Smith); 1 of 6 will not share learning (Eli Brown)"), result.Criterion("E-COMMITMENT"));
    }

    [Fact]
    public void Commitment_MembersWithoutNames_AreNamedByTheirPlace()
    {
        var result = Evaluate(Complete("a1", change: c => c
            .WithMember(0, m => m with { Name = " ", CommittedBeyondProgramme = false })
            .WithMember(5, m => m with { Name = "", CommittedBeyondProgramme = false })));

        Assert.Equal("2 of 6 not committed beyond the programme (member 1 and member 6)", result.Criterion("E-COMMITMENT").Message);
    }

    // E-TIME

    [Theory]
    [InlineData(false, 2.0, CriterionStatus.Fail, "Employers' time not confirmed; at least 1 day a month needed")]
    [InlineData(true, null, CriterionStatus.Fail, "Confirmed with no days a month given; at least 1 day a month needed")]
    [InlineData(true, 0.5, CriterionStatus.Fail, "Confirmed, 0.5 days a month; at least 1 day a month needed")]
    [InlineData(true, 1.0, CriterionStatus.Pass, "Confirmed, 1 day a month; at least 1 day a month needed")]
    [InlineData(true, 1.25, CriterionStatus.Pass, "Confirmed, 1.25 days a month; at least 1 day a month needed")]
    public void Time_ConfirmationAndDays_AreBothNeeded(bool confirmed, double? days, CriterionStatus status, string message)
    {
        var result = Evaluate(Complete("a1", change: c => c with
        {
            EmployerTimeCommitment = new() { Confirmed = confirmed, DaysPerMonth = days is { } d ? (decimal)d : null },
        }));

        Assert.Equal(new CriterionResult("E-TIME", status, message), result.Criterion("E-TIME"));
    }

    [Fact]
    public void Time_TheRoundsOwnMinimum_IsTheBar()
    {
        var settings = Settings with { MinDaysPerMonth = 2.5m };

        var result = Evaluate(Complete("a1"), settings);

        Assert.Equal(new CriterionResult("E-TIME", CriterionStatus.Fail, "Confirmed, 2 days a month; at least 2.5 days a month needed"), result.Criterion("E-TIME"));
    }
}
