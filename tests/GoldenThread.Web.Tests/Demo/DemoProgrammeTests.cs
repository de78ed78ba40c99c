using GoldenThread.Data.Programmes;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Programmes;

namespace GoldenThread.Web.Demo;

public class DemoProgrammeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static (DemoProgramme.Seeded Seeded, NetworkEntities Network) Seed(DateTimeOffset now)
    {
        var network = NetworkEntities.From(DemoNetwork.Build());
        return (DemoProgramme.For(network, now), network);
    }

    private static RoundEligibility Eligibility(DemoProgramme.Seeded seeded, NetworkEntities network, ProgrammeRound round, IEnumerable<TeamApplication> applications)
    {
        var codes = seeded.Systems.Append(network.System).ToDictionary(s => s.Id, s => s.Code);
        return RoundEligibility.Of(round, [.. applications.Where(a => a.State == ApplicationState.Submitted)
            .Select(a => new RoundEligibility.Entry(a, codes[a.SystemId]))], Now);
    }

    private static Dictionary<string, string[]> Failed(RoundEligibility eligibility) =>
        eligibility.Applications.Values.ToDictionary(e => e.Application.Reference,
            e => eligibility.Results[e.Application.Id].Criteria.Where(c => c.Status == CriterionStatus.Fail).Select(c => c.Id).ToArray());

    [Fact]
    public void ClosedRound_Eligibility_ShowsPassesTheDemoSystemsSixthTeamOverItsCapItsPeopleWarningAndFiveKindsOfFail()
    {
        var (seeded, network) = Seed(Now);

        var eligibility = Eligibility(seeded, network, seeded.ClosedRound, seeded.ClosedRoundApplications);
        var failed = Failed(eligibility);

        // 12 submitted (and one withdrawn, not read): QXV's six are complete, so the five submitted first keep its
        // places and GT-0006, submitted 2 days before closing, is the sixth; the others each fail as they were written.
        Assert.Equal(12, eligibility.Applications.Count);
        Assert.Equal(ApplicationState.Withdrawn, seeded.ClosedRoundApplications.Single(a => a.Reference == "GT-0013").State);
        Assert.Equal(new Dictionary<string, string[]>
        {
            ["GT-0001"] = [], ["GT-0002"] = [], ["GT-0003"] = [], ["GT-0004"] = [], ["GT-0005"] = [],
            ["GT-0006"] = [GoldenThread.Programmes.Eligibility.SystemTeamCap],
            ["GT-0007"] = [],
            ["GT-0008"] = [GoldenThread.Programmes.Eligibility.TeamSize],
            ["GT-0009"] = [GoldenThread.Programmes.Eligibility.PanSector],
            ["GT-0010"] = [],
            ["GT-0011"] = [GoldenThread.Programmes.Eligibility.PriorityLink],
            ["GT-0012"] = [GoldenThread.Programmes.Eligibility.Measurable, GoldenThread.Programmes.Eligibility.Time],
        }, failed);
        Assert.Equal(7, eligibility.Eligible.Count());
    }

    [Fact]
    public void ClosedRound_DemoSystemsKeptTeams_BringMoreThanFortyPeopleSoEachOfItsTeamsIsWarned()
    {
        var (seeded, network) = Seed(Now);

        var eligibility = Eligibility(seeded, network, seeded.ClosedRound, seeded.ClosedRoundApplications);
        var warned = eligibility.Applications.Values
            .Where(e => eligibility.Results[e.Application.Id][GoldenThread.Programmes.Eligibility.SystemPeopleCap].Status == CriterionStatus.Warn)
            .Select(e => e.Application.Reference).Order().ToList();

        // GT-0001 to GT-0005 keep QXV's places with 9 + 8 + 9 + 8 + 9 = 43 members, more than the 40 expected.
        Assert.Equal(["GT-0001", "GT-0002", "GT-0003", "GT-0004", "GT-0005", "GT-0006"], warned);
        Assert.StartsWith("43 members across QXV's 5 teams", eligibility.Results[eligibility.Applications.Values.First().Application.Id][GoldenThread.Programmes.Eligibility.SystemPeopleCap].Message);
    }

    [Fact]
    public void DemoSystemsMembers_AreFromItsRegister_WithTheirOrganisationsAndSectors()
    {
        var (seeded, network) = Seed(Now);
        var people = network.People.ToDictionary(p => p.Id);
        var organisations = network.Organisations.ToDictionary(o => o.Id);

        var members = seeded.ClosedRoundApplications.Concat(seeded.OpenRoundApplications)
            .Where(a => a.SystemId == network.System.Id).SelectMany(a => a.Content.Members).ToList();

        Assert.NotEmpty(members);
        Assert.All(members, m =>
        {
            var person = people[m.PersonId!.Value];
            Assert.Equal((person.Name, person.Seniority), (m.Name, m.Seniority));
            Assert.Equal((organisations[person.OrganisationId!.Value].Name, organisations[person.OrganisationId.Value].Sector), (m.Organisation, m.Sector));
        });
        Assert.All(seeded.ClosedRoundApplications.Where(a => a.SystemId != network.System.Id).SelectMany(a => a.Content.Members), m => Assert.Null(m.PersonId));
    }

    [Fact]
    public void Rounds_OneTakesApplicationsTodayWithTheDemoSystemsDraft_TheOtherIsClosed_AndEachSpansThreeSystems()
    {
        var (seeded, network) = Seed(Now);
        var today = new DateOnly(2026, 11, 24);

        Assert.True(seeded.OpenRound.TakesApplications(today));
        Assert.Equal(("Winter 2026–27 round", "2026-27-winter"), (seeded.OpenRound.Name, seeded.OpenRound.Code));
        Assert.Equal(RoundState.Closed, seeded.ClosedRound.State);
        Assert.Equal(("Autumn 2026 round", "2026-autumn", new DateOnly(2026, 9, 15)), (seeded.ClosedRound.Name, seeded.ClosedRound.Code, seeded.ClosedRound.ClosesOn));
        Assert.All([seeded.OpenRound, seeded.ClosedRound], r => Assert.Equal(["QKS", "QOP", "QXV"], r.Systems.Select(s => s.Code)));
        Assert.Equal(network.System.Id, seeded.Draft.SystemId);
        Assert.Equal(seeded.OpenRound.Id, seeded.Draft.RoundId);
        Assert.All(seeded.ClosedRoundApplications, a => Assert.InRange(GoldenThread.Web.Shell.UkTime.DateOf(a.SubmittedAt!.Value), seeded.ClosedRound.OpensOn, seeded.ClosedRound.ClosesOn));
    }

    [Theory]
    [InlineData("2026-12-01", "Winter 2026–27", "2026-27-winter")]
    [InlineData("2027-02-28", "Winter 2026–27", "2026-27-winter")]
    [InlineData("2027-03-01", "Spring 2027", "2027-spring")]
    [InlineData("2027-08-31", "Summer 2027", "2027-summer")]
    [InlineData("2026-11-30", "Autumn 2026", "2026-autumn")]
    [InlineData("2099-12-31", "Winter 2099–00", "2099-00-winter")]
    public void Season_OfAClosingDate_NamesAndCodesTheRound(string closes, string name, string code) =>
        Assert.Equal((name, code), DemoProgramme.Season(DateOnly.Parse(closes, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void For_AnyDayOfTheYear_GivesTheTwoRoundsDifferentCodes()
    {
        var network = NetworkEntities.From(DemoNetwork.Build());

        var codes = Enumerable.Range(0, 366).Select(d => DemoProgramme.For(network, Now.AddDays(d)))
            .Where(s => s.OpenRound.Code == s.ClosedRound.Code).Select(s => s.OpenRound.Code).ToList();

        Assert.Empty(codes);
    }
}
