using System.Net;
using GoldenThread.Measures;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using GoldenThread.Web.Programmes;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Testing.ProgrammeRows;

namespace GoldenThread.Web.Pages.Programmes.Selection;

/// <summary>Publishing the outcomes: what must be done first, and the selected teams becoming learning sets once each.</summary>
public class PublishTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static string Page(Guid round) => $"/programmes/rounds/{round}/selection/publish";

    private static Task<HttpResponseMessage> Publish(HttpClient client, Guid round) => GoldenThreadApp.PostForm(client, Page(round), []);

    [Fact]
    public async Task Get_UndecidedAndSilentApplications_SaysWhatMustBeDoneFirst()
    {
        var round = await app.AddRoundAsync();
        await app.AddApplicationAsync(round, "QXV", Eligible("Undecided"));
        await app.AddApplicationAsync(round, "QXV", Eligible("Silent"), minute: 1, decision: ApplicationDecision.NotSelected);
        using var client = await app.ClientFor(Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page(round)));

        Assert.Equal(
            ["1 application has no decision yet: save the selection to decide every application", "1 application has no feedback for the team yet: Silent"],
            page.QuerySelectorAll("#publish-problems li").Select(li => li.TextContent));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Post_EverythingDecided_PublishesAndFormsTheSelectedTeamsLearningSetOnce()
    {
        var round = await app.AddRoundAsync();
        var person = await app.Query(db => db.People.Where(p => db.Systems.Any(s => s.Id == p.SystemId && s.Code == DemoNetwork.SystemCode))
            .OrderBy(p => p.Name).Select(p => p.Id).FirstAsync());
        var selected = await app.AddApplicationAsync(round, "QXV", Eligible("Falls first", personIds: [person]), decision: ApplicationDecision.Selected, feedback: "Selected.");
        var other = await app.AddApplicationAsync(round, "QXV", Eligible("Not now"), minute: 1, decision: ApplicationDecision.NotSelected, feedback: "Not this time.");
        using var client = await app.ClientFor(Operator);

        var response = await Publish(client, round);
        var again = await Publish(client, round);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await app.RoundAsync(round)).OutcomesPublishedAt);
        var sets = await app.Query(db => db.LearningSets.AsNoTracking().Where(s => s.RoundId == round).ToListAsync());
        var set = Assert.Single(sets);
        Assert.Equal((selected, "Falls first", "frailty"), (set.ApplicationId!.Value, set.Name, set.PriorityArea));
        Assert.Equal(set.Id, (await app.ApplicationAsync(selected)).LearningSetId);
        Assert.Null((await app.ApplicationAsync(other)).LearningSetId);
        var members = await app.Query(db => db.LearningSetMembers.Where(m => m.LearningSetId == set.Id).OrderBy(m => m.Name).ToListAsync());
        Assert.Equal(6, members.Count);
        Assert.Equal(person, members.Single(m => m.PersonId is not null).PersonId);
        var measure = Assert.Single(await app.Query(db => db.Measures.Where(m => m.LearningSetId == set.Id).ToListAsync()));
        Assert.Equal(("Falls admissions", ImprovementDirection.Decrease, (double?)38, "Baseline at application: 42 per month"),
            (measure.Name, measure.Direction, measure.Target, measure.Definition));
        // The second publication is refused and forms nothing more.
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.StartsWith("Outcomes were published on", ErrorsOf(GoldenThreadApp.Parse(await again.Content.ReadAsStringAsync())).Single());
        Assert.Single(await app.Query(db => db.LearningSets.Where(s => s.ApplicationId == selected).ToListAsync()));
    }

    [Fact]
    public async Task FormLearningSets_AnApplicationThatAlreadyHasItsSet_GetsNoSecond()
    {
        var round = await app.AddRoundAsync();
        var selected = await app.AddApplicationAsync(round, "QXV", Eligible("Twice"), decision: ApplicationDecision.Selected, feedback: "Selected.");

        async Task<int> Form() => await app.Query(async db =>
        {
            var applications = await db.TeamApplications.Where(a => a.Id == selected).ToListAsync();
            var formed = await OutcomesPublication.FormLearningSetsAsync(db, applications, new DateOnly(2026, 11, 24), Opened, CancellationToken.None);
            await db.SaveChangesAsync();
            return formed;
        });

        var first = await Form();
        var second = await Form();
        Assert.Equal((1, 0), (first, second));
        Assert.Single(await app.Query(db => db.LearningSets.Where(s => s.ApplicationId == selected).ToListAsync()));
        Assert.Single(await app.Query(db => db.Measures.Where(m => db.LearningSets.Any(s => s.ApplicationId == selected && s.Id == m.LearningSetId)).ToListAsync()));
    }

    [Fact]
    public async Task Post_ASelectedTeamNoLongerEligible_IsRefusedNamingIt()
    {
        // Selected under a cap of 2 teams a system; the operator then lowered the cap to 1, so the later team lost its place.
        var round = await app.AddRoundAsync(maxTeamsPerSystem: 1);
        await app.AddApplicationAsync(round, "QXV", Eligible("Earlier"), minute: 1, decision: ApplicationDecision.Selected, feedback: "Selected.");
        await app.AddApplicationAsync(round, "QXV", Eligible("Later"), minute: 2, decision: ApplicationDecision.Selected, feedback: "Selected.");
        using var client = await app.ClientFor(Operator);

        var response = await Publish(client, round);

        var errors = ErrorsOf(GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync()));
        Assert.Contains("Later (NHS Severn Vale Integrated Care Board (QXV)) is not eligible, so it cannot be selected", errors);
        Assert.Contains("2 teams are selected from NHS Severn Vale Integrated Care Board (QXV); a system may have at most 1", errors);
        Assert.Null((await app.RoundAsync(round)).OutcomesPublishedAt);
        Assert.Empty(await app.Query(db => db.LearningSets.Where(s => s.RoundId == round).ToListAsync()));
    }
}
