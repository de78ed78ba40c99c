namespace GoldenThread.Programmes;

public class ReviewConflictsTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Hospitals = Guid.NewGuid(), Council = Guid.NewGuid(), Cabinet = Guid.NewGuid();

    private static RegisterFacts Person(string name, Guid? organisation, string? organisationName, string system = "QXV", params BodyTerm[] terms) =>
        new(Guid.NewGuid(), name, system, system == "QXV" ? "NHS Severn Vale ICB" : "NHS Other Vale ICB", organisation, organisationName, terms);

    private static TeamMember Member(string name, string organisation, RegisterFacts? picked = null) =>
        new() { Name = name, Organisation = organisation, PersonId = picked?.PersonId };

    private static IReadOnlyList<ReviewConflict> Between(RegisterFacts? reviewer, string system, TeamMember[] members, Sponsor[]? sponsors = null,
        RegisterFacts[]? register = null) =>
        ReviewConflicts.Between(reviewer, system, new ApplicationContent { Members = members, Sponsors = sponsors ?? [] },
            (register ?? []).ToDictionary(p => p.PersonId), Today);

    [Fact]
    public void Between_ReviewerNotInTheRegister_HasNoComputedConflict()
    {
        Assert.Empty(Between(null, "QXV", [Member("Ada Brook", "Severn Hospitals NHS Trust")]));
    }

    [Fact]
    public void Between_MemberPickedFromTheRegisterAtTheReviewersOrganisation_IsSameOrganisationWhateverTheTypedName()
    {
        var reviewer = Person("Morgan Ellis", Hospitals, "Severn Hospitals NHS Trust", "QAA");
        var ada = Person("Ada Brook", Hospitals, "Severn Hospitals NHS Trust");

        var conflicts = Between(reviewer, "QXV", [Member("Ada Brook", "the hospital", ada)], register: [ada]);

        Assert.Equal([new ReviewConflict(ConflictKind.SameOrganisation, "Same organisation: Severn Hospitals NHS Trust (Ada Brook)")], conflicts);
    }

    [Fact]
    public void Between_MemberPickedFromTheRegisterElsewhere_IsNotMatchedByTheTypedName()
    {
        // The register says where the member works (the council); the typed name is not read for register members.
        var reviewer = Person("Morgan Ellis", Hospitals, "Severn Hospitals NHS Trust", "QAA");
        var ben = Person("Ben Carter", Council, "Severn County Council");

        Assert.Empty(Between(reviewer, "QXV", [Member("Ben Carter", "Severn Hospitals NHS Trust", ben)], register: [ben]));
    }

    [Fact]
    public void Between_TypedMemberAndSponsorNamingTheOrganisationInOtherCase_AreSameOrganisation()
    {
        var reviewer = Person("Morgan Ellis", Hospitals, "Severn Hospitals NHS Trust", "QAA");

        var conflicts = Between(reviewer, "QXV", [Member("Cai Dunn", "  severn hospitals nhs trust ")],
            [new Sponsor { Name = "Dee Evans", Organisation = "SEVERN HOSPITALS NHS TRUST" }, new Sponsor { Name = "Eli Fox", Organisation = "Severn County Council" }]);

        Assert.Equal("Same organisation: Severn Hospitals NHS Trust (Cai Dunn and Dee Evans)", Assert.Single(conflicts).Reason);
    }

    [Fact]
    public void Between_ReviewerInTheApplyingSystem_IsSameSystem()
    {
        var reviewer = Person("Morgan Ellis", Council, "Severn County Council");

        var conflicts = Between(reviewer, "qxv", [Member("Ada Brook", "Severn Hospitals NHS Trust")]);

        Assert.Equal([new ReviewConflict(ConflictKind.SameSystem, "Same integrated care system: NHS Severn Vale ICB")], conflicts);
    }

    [Theory]
    // Today is 24 Nov 2026, so the window opens on 24 Nov 2023.
    [InlineData("2022-01-01", null, "2023-06-01", "2023-11-24", true)]   // together until the window's first day
    [InlineData("2022-01-01", null, "2023-06-01", "2023-11-23", false)]  // together only until the day before it opened
    [InlineData("2024-01-01", "2024-06-30", "2024-07-01", null, false)]  // both within the window, never at the same time
    [InlineData("2025-01-01", null, "2020-01-01", null, true)]           // both sitting now
    [InlineData("2027-01-01", null, "2020-01-01", null, false)]          // the reviewer's seat has not started
    public void Between_SeatsOnTheSameBody_ConflictOnlyWhenHeldTogetherWithinThreeYears(string reviewerStart, string? reviewerEnd,
        string memberStart, string? memberEnd, bool conflict)
    {
        var reviewer = Person("Morgan Ellis", null, null, "QAA",
            new BodyTerm(Cabinet, "Severn Vale clinical cabinet", DateOnly.Parse(reviewerStart), reviewerEnd is null ? null : DateOnly.Parse(reviewerEnd)));
        var ada = Person("Ada Brook", null, null, "QXV",
            new BodyTerm(Cabinet, "Severn Vale clinical cabinet", DateOnly.Parse(memberStart), memberEnd is null ? null : DateOnly.Parse(memberEnd)));

        var conflicts = Between(reviewer, "QXV", [Member("Ada Brook", "Severn Hospitals NHS Trust", ada)], register: [ada]);

        Assert.Equal(conflict ? ["On Severn Vale clinical cabinet with Ada Brook within the last 3 years"] : [], conflicts.Select(c => c.Reason));
    }

    [Fact]
    public void Between_EveryKindAtOnce_ListsEachWithItsReason()
    {
        var reviewer = Person("Morgan Ellis", Hospitals, "Severn Hospitals NHS Trust", "QXV",
            new BodyTerm(Cabinet, "Severn Vale clinical cabinet", new DateOnly(2024, 4, 1), null),
            new BodyTerm(Guid.NewGuid(), "Frailty network", new DateOnly(2024, 4, 1), null));
        var ada = Person("Ada Brook", Hospitals, "Severn Hospitals NHS Trust", "QXV", new BodyTerm(Cabinet, "Severn Vale clinical cabinet", new DateOnly(2023, 1, 1), null));
        var ben = Person("Ben Carter", Council, "Severn County Council", "QXV", new BodyTerm(Cabinet, "Severn Vale clinical cabinet", new DateOnly(2025, 1, 1), null));

        var conflicts = Between(reviewer, "QXV", [Member("Ada Brook", "", ada), Member("Ben Carter", "", ben)], register: [ada, ben]);

        Assert.Equal(
        [
            "Same organisation: Severn Hospitals NHS Trust (Ada Brook)",
            "Same integrated care system: NHS Severn Vale ICB",
            "On Severn Vale clinical cabinet with Ada Brook and Ben Carter within the last 3 years",
        ], conflicts.Select(c => c.Reason));
    }

    [Fact]
    public void Declared_QuotesTheReviewer()
    {
        Assert.Equal("Declared by the reviewer: I mentored the team's lead", ReviewConflict.Declared("I mentored the team's lead").Reason);
    }
}
