using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

public class StartTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_SaysWhatATeamNeedsWithTheRoundsNumbers()
    {
        var round = await app.AddRoundAsync(minTeamSize: 7);
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/programmes/{round}/apply"));

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("at least 7 members", text);
        Assert.Contains("“mental health” or “frailty”", text);
        Assert.Equal("Start now", page.QuerySelector("main form button")!.TextContent);
    }

    [Fact]
    public async Task Post_StartsADraftWithTheRoundsNextReferenceAcrossSystems_OwnedByWhoeverStartedIt()
    {
        var round = await app.AddRoundAsync();
        await app.AddApplicationAsync(round, createdBy: GoldenThreadApp.OtherSystemLeader, system: GoldenThreadApp.OtherSystem); // GT-0001, in QAA
        using var client = await app.ClientFor(Professional);

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/programmes/{round}/apply", []);

        var draft = await app.Query(db => db.TeamApplications.AsNoTracking().SingleAsync(a => a.RoundId == round && a.Reference == "GT-0002"));
        var creator = await app.Query(db => db.Users.Where(u => u.Email == Professional).Select(u => u.Id).SingleAsync());
        Assert.Equal((HttpStatusCode.Redirect, PageOf(draft.Id, "team-name")), (response.StatusCode, response.Headers.Location!.OriginalString));
        Assert.Equal((ApplicationState.Draft, ApplicationSource.Journey, creator), (draft.State, draft.Source, draft.CreatedByAccountId));
    }

    [Fact]
    public async Task Post_RoundNotTakingApplications_StartsNothing()
    {
        var round = await app.AddRoundAsync(Today.AddDays(-30), Today.AddDays(-1));
        using var client = await app.ClientFor(Professional);

        var response = await GoldenThreadApp.PostForm(client, $"/systems/QXV/programmes/{round}/apply", [], tokenFrom: "/systems/QXV/programmes");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This round is not taking applications", page.QuerySelector(".nhsuk-inset-text")!.TextContent);
        Assert.Equal(0, await app.Query(db => db.TeamApplications.CountAsync(a => a.RoundId == round)));
    }

    [Fact]
    public async Task Get_ARoundTheSystemIsNotIn_IsNotFound()
    {
        var round = await app.AddRoundAsync();
        await app.Query(async db =>
        {
            (await db.ProgrammeRounds.SingleAsync(r => r.Id == round)).Systems = [new(GoldenThreadApp.OtherSystem, ["children"])];
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(Professional);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QXV/programmes/{round}/apply")).StatusCode);
    }
}
