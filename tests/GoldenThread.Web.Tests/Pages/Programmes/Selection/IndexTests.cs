using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Testing.ProgrammeRows;

namespace GoldenThread.Web.Pages.Programmes.Selection;

/// <summary>The operator's selection: who may be chosen, the caps, the people-cap confirmation and what saving decides.</summary>
public class IndexTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static string Page(Guid round) => $"/programmes/rounds/{round}/selection";

    private async Task<HttpResponseMessage> Save(HttpClient client, Guid round, IEnumerable<Guid> selected, params string[] confirm) =>
        await GoldenThreadApp.PostForm(client, Page(round),
            [.. selected.Select(id => new KeyValuePair<string, string>("Selected", id.ToString())),
             .. confirm.Select(code => new KeyValuePair<string, string>("ConfirmPeople", code))]);

    [Fact]
    public async Task Get_ClosedRound_OffersOnlyEligibleTeamsAndSaysWhyTheOthersAreNot()
    {
        var round = await app.AddRoundAsync();
        var eligible = await app.AddApplicationAsync(round, "QXV", Eligible("Falls first"));
        var small = await app.AddApplicationAsync(round, "QAA", Eligible("Too few", members: 5), minute: 1);
        using var client = await app.ClientFor(Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page(round)));

        Assert.Equal([eligible.ToString()], page.QuerySelectorAll("input[name=Selected]").Select(i => i.GetAttribute("value")));
        Assert.Contains("NHS Severn Vale Integrated Care Board (QXV)", page.QuerySelector($"#eligible tr[data-application='{eligible}']")!.TextContent);
        var ineligible = page.QuerySelector($"#ineligible tr[data-application='{small}']")!;
        Assert.Contains("5 members; at least 6 needed", ineligible.TextContent);
        Assert.Contains("Not scored yet", page.QuerySelector("#eligible")!.TextContent);
    }

    [Fact]
    public async Task Post_AnIneligibleTeam_IsRefusedAndNothingIsDecided()
    {
        var round = await app.AddRoundAsync();
        var eligible = await app.AddApplicationAsync(round, "QXV", Eligible("Falls first"));
        var small = await app.AddApplicationAsync(round, "QXV", Eligible("Too few", members: 5), minute: 1);
        using var client = await app.ClientFor(Operator);

        var response = await Save(client, round, [eligible, small]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Too few (NHS Severn Vale Integrated Care Board (QXV)) is not eligible, so it cannot be selected"], ErrorsOf(page));
        Assert.Equal(ApplicationDecision.Undecided, (await app.ApplicationAsync(eligible)).Decision);
        Assert.Equal(ApplicationDecision.Undecided, (await app.ApplicationAsync(small)).Decision);
    }

    [Fact]
    public async Task Post_ThreeTeamsOfASystemWithACapOfTwo_IsRefusedNamingTheSystem()
    {
        // All three meet every criterion of their own, but with two places the last submitted fails the team cap.
        var round = await app.AddRoundAsync(maxTeamsPerSystem: 2);
        Guid[] teams = [await app.AddApplicationAsync(round, "QXV", Eligible("First"), minute: 1),
                        await app.AddApplicationAsync(round, "QXV", Eligible("Second"), minute: 2),
                        await app.AddApplicationAsync(round, "QXV", Eligible("Third"), minute: 3)];
        using var client = await app.ClientFor(Operator);

        var response = await Save(client, round, teams);

        var errors = ErrorsOf(GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync()));
        Assert.Contains("3 teams are selected from NHS Severn Vale Integrated Care Board (QXV); a system may have at most 2", errors);
        Assert.Contains("Third (NHS Severn Vale Integrated Care Board (QXV)) is not eligible, so it cannot be selected", errors);
        foreach (var id in teams) Assert.Equal(ApplicationDecision.Undecided, (await app.ApplicationAsync(id)).Decision);
    }

    [Fact]
    public async Task Post_OverThePeopleCap_SavesOnlyOnceConfirmedAndDecidesEveryApplication()
    {
        // Two teams of 6 from QXV are 12 people against about 10.
        var round = await app.AddRoundAsync(peoplePerSystem: 10);
        var first = await app.AddApplicationAsync(round, "QXV", Eligible("First"), minute: 1);
        var second = await app.AddApplicationAsync(round, "QXV", Eligible("Second"), minute: 2);
        var unchosen = await app.AddApplicationAsync(round, "QAA", Eligible("Unchosen"), minute: 3);
        var small = await app.AddApplicationAsync(round, "QAA", Eligible("Too few", members: 5), minute: 4);
        using var client = await app.ClientFor(Operator);

        var unconfirmed = await Save(client, round, [first, second]);

        var page = GoldenThreadApp.Parse(await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(["The teams selected from NHS Severn Vale Integrated Care Board (QXV) have 12 members; the round plans for about 10 people a system. Confirm you mean to select them, or select fewer"],
            ErrorsOf(page));
        Assert.Equal("#confirmpeople-qxv", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("input#confirmpeople-qxv[name=ConfirmPeople][value=QXV]"));
        Assert.Equal(ApplicationDecision.Undecided, (await app.ApplicationAsync(first)).Decision);

        var confirmed = await Save(client, round, [first, second], "QXV");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal([ApplicationDecision.Selected, ApplicationDecision.Selected, ApplicationDecision.NotSelected, ApplicationDecision.NotSelected],
            [(await app.ApplicationAsync(first)).Decision, (await app.ApplicationAsync(second)).Decision,
             (await app.ApplicationAsync(unchosen)).Decision, (await app.ApplicationAsync(small)).Decision]);
        var audited = await app.Query(db => db.AuditEntries.Where(a => a.Entity == "TeamApplication" && a.EntityId == first.ToString() && a.Action == "update")
            .Select(a => a.ActorName).ToListAsync());
        Assert.Equal(["Alex Byrne (programme operator)"], audited);
        var after = GoldenThreadApp.Parse(await client.GetStringAsync(Page(round)));
        Assert.Equal("Selection saved: 2 teams selected, 2 teams not selected", after.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
        Assert.Equal([first.ToString(), second.ToString()], after.QuerySelectorAll("input[name=Selected][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task Post_OpenRound_IsRefusedAsTeamsMayStillApply()
    {
        var round = await app.AddRoundAsync(state: RoundState.Open);
        var team = await app.AddApplicationAsync(round, "QXV", Eligible("Early"));
        using var client = await app.ClientFor(Operator);

        Assert.Empty(GoldenThreadApp.Parse(await client.GetStringAsync(Page(round))).QuerySelectorAll("input[name=Selected]"));
        var response = await Save(client, round, [team]);

        Assert.StartsWith("The round is still open: close it before deciding", ErrorsOf(GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync())).Single());
        Assert.Equal(ApplicationDecision.Undecided, (await app.ApplicationAsync(team)).Decision);
    }

    [Fact]
    public async Task Get_NoSuchRound_IsNotFound()
    {
        using var client = await app.ClientFor(Operator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Page(Guid.NewGuid()))).StatusCode);
    }
}
