using static GoldenThread.Programmes.Applications;

namespace GoldenThread.Programmes;

public class EligibilityCriteriaTests
{
    /// <summary>The criteria table of reference/eligibility-criteria.md, in its order, with the severity of a check not met.</summary>
    private static readonly (string Id, CriterionStatus Severity)[] Specified =
    [
        ("E-TEAM-SIZE", CriterionStatus.Fail), ("E-SYSTEM-TEAM-CAP", CriterionStatus.Fail), ("E-SYSTEM-PEOPLE-CAP", CriterionStatus.Warn),
        ("E-PAN-SECTOR", CriterionStatus.Fail), ("E-MULTI-ORGANISATION", CriterionStatus.Fail), ("E-MULTI-SENIORITY", CriterionStatus.Fail),
        ("E-MULTI-FUNCTION", CriterionStatus.Fail), ("E-PRIORITY-LINK", CriterionStatus.Fail), ("E-CITIZEN-GAINS", CriterionStatus.Fail),
        ("E-EDI", CriterionStatus.Fail), ("E-MEASURABLE", CriterionStatus.Fail), ("E-COMMUNITY-INVOLVEMENT", CriterionStatus.Fail),
        ("E-SYSTEM-GAINS", CriterionStatus.Fail), ("E-SENIOR-SPONSORS", CriterionStatus.Fail), ("E-SENIOR-PARTICIPANTS", CriterionStatus.Fail),
        ("E-COMMITMENT", CriterionStatus.Fail), ("E-TIME", CriterionStatus.Fail),
    ];

    [Fact]
    public void Default_LoadsTheSeventeenCriteriaOfTheReferenceInItsOrder()
    {
        var catalogue = EligibilityCriteria.Default;

        Assert.Empty(catalogue.Problems());
        Assert.Equal(Specified, catalogue.Criteria.Select(c => (c.Id, c.Severity)));
        Assert.Equal(20, catalogue.StatedLength);
        Assert.All(catalogue.Criteria, c => Assert.False(string.IsNullOrWhiteSpace(c.Title) || string.IsNullOrWhiteSpace(c.Check), c.Id));
    }

    [Fact]
    public void Checks_EveryCatalogueIdHasOneAndThereAreNoOthers()
    {
        Assert.Equal(Specified.Select(s => s.Id).Order(StringComparer.Ordinal), Eligibility.Checks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Problems_AnUnknownIdARepeatAndAPassSeverity_AreEachNamed()
    {
        var catalogue = new EligibilityCriteria
        {
            StatedLength = 0,
            Criteria =
            [
                new("E-TEAM-SIZE", CriterionStatus.Fail, "Team size", "…"),
                new("E-TEAM-SIZE", CriterionStatus.Fail, "Team size again", "…"),
                new("E-WELLBEING", CriterionStatus.Fail, "Wellbeing", "…"),
                new("E-EDI", CriterionStatus.Pass, "EDI", "…"),
            ],
        };

        Assert.Equal(
        [
            "statedLength must be at least 1",
            "E-TEAM-SIZE is listed twice",
            "E-WELLBEING is not a criterion GoldenThread can check",
            "E-EDI must have severity fail or warn",
        ], catalogue.Problems());
    }

    [Fact]
    public void Evaluate_AnAdaptedCatalogue_ReportsItsCriteriaInItsOrderWithItsSeveritiesAndLength()
    {
        // An ICS that asks for 10 characters, reports EDI first and only warns on team size.
        var catalogue = new EligibilityCriteria
        {
            StatedLength = 10,
            Criteria = [new("E-EDI", CriterionStatus.Fail, "EDI", "…"), new("E-TEAM-SIZE", CriterionStatus.Warn, "Team size", "…")],
        };
        var application = Complete("a1", change: c => c with { EdiStatement = "Open to all", Members = [.. c.Members.Take(5)] });

        var result = Assert.Single(Eligibility.Evaluate(Settings, [application], catalogue));

        Assert.Equal(
        [
            new CriterionResult("E-EDI", CriterionStatus.Pass, "An EDI statement: 11 characters; at least 10 needed"),
            new CriterionResult("E-TEAM-SIZE", CriterionStatus.Warn, "5 members; at least 6 needed"),
        ], result.Criteria);
        Assert.True(result.Eligible);
    }
}
