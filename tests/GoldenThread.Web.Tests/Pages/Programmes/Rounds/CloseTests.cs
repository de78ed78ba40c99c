using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>Closing a round, and reopening it only while its closing date has not passed and nothing is decided.</summary>
public class CloseTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private Task<RoundState> State(Guid roundId) => app.Query(db => db.ProgrammeRounds.Where(r => r.Id == roundId).Select(r => r.State).SingleAsync());

    private static async Task<HttpResponseMessage> Post(HttpClient client, Guid roundId, string handler = "")
    {
        var path = $"/programmes/rounds/{roundId}/close";
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(path)));
        return await GoldenThreadApp.PostForm(client, path + handler, form, tokenFrom: path);
    }

    [Fact]
    public async Task Close_OpenRound_ClosesItAndSaysSo_ThenReopens()
    {
        var round = await app.CopyOfDemoRound("close-and-reopen");
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{round.Id}/close"));
        var closed = await Post(client, round.Id);
        var overview = GoldenThreadApp.Parse(await client.GetStringAsync(closed.Headers.Location!.OriginalString));
        var stateAfterClosing = await State(round.Id);
        var reopened = await Post(client, round.Id, "?handler=Reopen");

        Assert.Contains("12 applications have been submitted", page.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(RoundState.Closed, stateAfterClosing);
        Assert.Equal("Closed", overview.QuerySelector("#state .nhsuk-tag")!.TextContent);
        Assert.Equal("Round close-and-reopen closed: no more applications can be submitted", overview.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal(RoundState.Open, await State(round.Id));
    }

    [Fact]
    public async Task Reopen_ClosingDatePassed_IsNotOffered()
    {
        var demo = await app.DemoClosedRound();
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{demo.Id}/close"));

        Assert.Contains("has passed", page.QuerySelector("#cannot-reopen")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Reopen_AfterADecision_IsRefused()
    {
        var round = await app.CopyOfDemoRound("close-decided");
        await app.Query(async db =>
        {
            (await db.ProgrammeRounds.SingleAsync(r => r.Id == round.Id)).State = RoundState.Closed;
            (await db.TeamApplications.FirstAsync(a => a.RoundId == round.Id)).Decision = ApplicationDecision.Selected;
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{round.Id}/close"));
        var token = await GoldenThreadApp.AntiforgeryToken(client, $"/programmes/rounds/{round.Id}");
        var forced = await client.PostAsync($"/programmes/rounds/{round.Id}/close?handler=Reopen",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "2", ["__RequestVerificationToken"] = token }));

        Assert.Contains("Decisions have been made", page.QuerySelector("#cannot-reopen")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(RoundState.Closed, await State(round.Id));
    }

    [Fact]
    public async Task Close_StaleVersion_SaysSomeoneElseChangedItAndLeavesItOpen()
    {
        var round = await app.CopyOfDemoRound("close-stale", withApplications: false);
        using var client = await app.ClientFor(ProgrammeRows.Operator);
        var path = $"/programmes/rounds/{round.Id}/close";
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(path)));
        await app.Query(async db =>
        {
            (await db.ProgrammeRounds.SingleAsync(r => r.Id == round.Id)).Name = "Renamed meanwhile";
            return await db.SaveChangesAsync();
        });

        var response = await GoldenThreadApp.PostForm(client, path, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this round", await response.Content.ReadAsStringAsync());
        Assert.Equal(RoundState.Open, await State(round.Id));
    }
}
