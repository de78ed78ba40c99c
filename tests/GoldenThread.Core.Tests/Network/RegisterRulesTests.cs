using CsCheck;

namespace GoldenThread.Network;

public class RegisterRulesTests
{
    private static readonly Vocabularies Vocabularies = Vocabularies.Default;

    private static readonly BodyFields Board = new("Clinical cabinet", "clinical-cabinet", "system", null, "recommends", "monthly", null, null);

    [Fact]
    public void Body_Valid_HasNoErrors() => Assert.Empty(RegisterRules.Body(Board, Vocabularies));

    [Fact]
    public void Body_NothingChosen_NamesEachFieldInFormOrderWithNhsWording()
    {
        var errors = RegisterRules.Body(new BodyFields(" ", null, null, null, "", null, null, null), Vocabularies);

        Assert.Equal(
        [
            new FieldError("name", "Enter a name"), new FieldError("kind", "Select a kind of body"),
            new FieldError("level", "Select a level"), new FieldError("decisionRights", "Select the decision rights"),
        ], errors);
    }

    [Fact]
    public void Body_ActiveUntilBeforeActiveFrom_IsAnErrorOnActiveTo()
    {
        var errors = RegisterRules.Body(Board with { ActiveFrom = new DateOnly(2024, 4, 1), ActiveTo = new DateOnly(2024, 3, 31) }, Vocabularies);

        Assert.Equal("activeTo", Assert.Single(errors).Field);
    }

    [Fact]
    public void Body_NameTooLong_SaysTheLimit() =>
        Assert.Equal(new FieldError("name", "Name must be 200 characters or fewer"),
            Assert.Single(RegisterRules.Body(Board with { Name = new string('x', 201) }, Vocabularies)));

    [Fact]
    public void Membership_NoStart_AsksForAStartDate() =>
        Assert.Equal(new FieldError("start", "Enter a start date"),
            Assert.Single(RegisterRules.Membership(new MembershipFields("member", "clinical", null, null, 4), Vocabularies)));

    [Fact]
    public void Membership_UnknownRole_ListsTheRoles() =>
        Assert.StartsWith("\"boss\" is not one of: chair, vice-chair",
            Assert.Single(RegisterRules.Membership(new MembershipFields("boss", "clinical", new DateOnly(2024, 1, 1), null, 4), Vocabularies)).Message);

    [Fact]
    public void Person_SpecialtyOfAnotherProfession_IsAnErrorOnSpecialty() =>
        Assert.Equal(new FieldError("specialty", "\"community-nursing\" is not a specialty of medicine"),
            Assert.Single(RegisterRules.Person(new PersonFields("Ada", null, "medicine", "community-nursing", "community", "senior", 1m), Vocabularies)));

    [Fact]
    public void Organisation_LowerCaseOdsCode_IsValidOnceNormalised()
    {
        var ods = RegisterRules.NormaliseOdsCode(" rxx12 ");

        Assert.Equal("RXX12", ods);
        Assert.Empty(RegisterRules.Organisation(new OrganisationFields("Trust", ods, "nhs-acute"), Vocabularies));
        Assert.Equal("odsCode", Assert.Single(RegisterRules.Organisation(new OrganisationFields("Trust", "R-1", "nhs-acute"), Vocabularies)).Field);
    }

    [Fact]
    public void Post_HolderAsSuccessorAndRepeatedSuccessor_AreNamedByIndex()
    {
        var post = new PostFields("Place director", "place", ["nursing"], 2, "u1",
            [new SuccessorFields("u1", "ready-now"), new SuccessorFields("u2", "ready-now"), new SuccessorFields("u2", "ready-1-2-years")]);

        Assert.Equal(["successors[0].personId", "successors[2].personId"], RegisterRules.Post(post, Vocabularies).Select(e => e.Field));
    }

    [Theory]
    [InlineData("social-work", true)]
    [InlineData("nursing", false)]
    [InlineData(null, false)]
    public void Post_HolderWhoseProfessionMayNotHoldIt_IsNamed(string? holderProfession, bool refused)
    {
        var post = new PostFields("Place director", "place", ["nursing", "medicine"], 2, "u1", [], holderProfession);

        var errors = RegisterRules.Post(post, Vocabularies);

        Assert.Equal(refused, errors.Any(e => e.Field == "holderPersonId" && e.Message.Contains("social work")));
    }

    /// <summary>Whole-time equivalent is a fraction of full time: more than nothing, at most all of it.</summary>
    [Fact]
    public void Person_FteIsValidExactlyWhenMoreThanZeroAndAtMostOne() =>
        Gen.Decimal[-2m, 3m].Sample(fte =>
        {
            var errors = RegisterRules.Person(new PersonFields("Ada", null, "nursing", null, "community", "senior", fte), Vocabularies);
            return errors.Any(e => e.Field == "fte") == (fte is <= 0 or > 1 || decimal.Round(fte, 2) != fte);
        });

    [Theory]
    [InlineData(0.125, "Full-time equivalent must have no more than 2 decimal places, not 0.125")]
    [InlineData(0.75, null)]
    public void Person_FteWithMoreDecimalsThanTheStoreKeeps_IsRefused(decimal fte, string? message)
    {
        var errors = RegisterRules.Person(new PersonFields("Ada", null, "nursing", null, "community", "senior", fte), Vocabularies);

        Assert.Equal(message, errors.SingleOrDefault(e => e.Field == "fte")?.Message);
    }

    [Fact]
    public void Post_SessionsWithTwoDecimals_IsRefusedAsTheStoreKeepsOne()
    {
        var errors = RegisterRules.Post(new PostFields("Lead", "place", ["nursing"], 2.25m, null, []), Vocabularies);

        Assert.Equal(["sessionsPerWeek"], errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("Board \u0001 of bells", true)]
    [InlineData("Board 😀 of bells", false)]
    [InlineData("Bwrdd Iechyd Prifysgol Caerdydd a’r Fro", false)]
    public void Body_NameWithControlCharactersOrBrokenCharacters_IsRefused(string name, bool refused)
    {
        var errors = RegisterRules.Body(Board with { Name = name }, Vocabularies);

        Assert.Equal(refused, errors.Any(e => e.Field == "name"));
    }

    [Fact]
    public void Body_NameWithHalfAnEmoji_IsRefused()
    {
        var name = "Board " + "😀"[0] + " of bells";

        Assert.Contains(RegisterRules.Body(Board with { Name = name }, Vocabularies), e => e.Field == "name");
    }
}
