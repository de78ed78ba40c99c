using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>Who may change an application: its creator and the system's leadership, only while it is a draft, only in its own system.</summary>
public class AccessTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task AnotherProfessional_LooksAtAQuestion_IsShownTheApplicationReadOnly()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(OtherProfessional);

        var response = await client.GetAsync(PageOf(id, "team-name"));
        var view = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id)));

        Assert.Equal((HttpStatusCode.Redirect, PageOf(id)), (response.StatusCode, response.Headers.Location!.OriginalString));
        Assert.Contains("Only the person who started it, or the system’s leadership team, can change or submit it", view.QuerySelector(".nhsuk-inset-text")!.TextContent);
        Assert.Empty(view.QuerySelectorAll(".nhsuk-task-list"));
    }

    [Theory]
    [InlineData("team-name")]
    [InlineData("measures/add")]
    [InlineData("members/0/remove")]
    [InlineData("check-answers")]
    public async Task AnotherProfessional_Answering_IsForbiddenAndNothingChanges(string slug)
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(OtherProfessional);

        var response = await GoldenThreadApp.PostForm(client, PageOf(id, slug),
            new Dictionary<string, string> { ["TeamName"] = "Taken over", ["Version"] = "1" }, tokenFrom: "/systems/QXV/programmes");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var unchanged = await app.ApplicationAsync(id);
        Assert.Equal((1, ApplicationState.Draft), (unchanged.Version, unchanged.State));
    }

    [Fact]
    public async Task TheLeadershipTeam_MayChangeADraftSomeoneElseStarted()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Leader);

        var (_, _, location) = await Answer(client, PageOf(id, "team-name"), new() { ["TeamName"] = "Renamed by the leadership" });

        Assert.Equal(PageOf(id, "wicked-issue"), location);
        Assert.Equal("Renamed by the leadership", (await app.ApplicationAsync(id)).Content.TeamName);
    }

    [Fact]
    public async Task Submitted_TheCreatorsAnswer_ChangesNothingAndLandsOnTheApplication()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible(), state: ApplicationState.Submitted);
        using var client = await app.ClientFor(Professional);

        var get = await client.GetAsync(PageOf(id, "wicked-issue"));
        var post = await GoldenThreadApp.PostForm(client, PageOf(id, "team-name"), new Dictionary<string, string> { ["TeamName"] = "Late change" },
            tokenFrom: PageOf(id));

        Assert.Equal(PageOf(id), get.Headers.Location!.OriginalString);
        Assert.Equal((HttpStatusCode.Redirect, PageOf(id)), (post.StatusCode, post.Headers.Location!.OriginalString));
        Assert.Equal("Frailty at home", (await app.ApplicationAsync(id)).Content.TeamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/team-name")]
    [InlineData("/check-answers")]
    [InlineData("/submitted")]
    public async Task AnotherSystemsApplication_IsNotFound(string page)
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible(), createdBy: GoldenThreadApp.OtherSystemLeader,
            system: GoldenThreadApp.OtherSystem, state: page == "/submitted" ? ApplicationState.Submitted : ApplicationState.Draft);
        using var leader = await app.ClientFor(Leader);
        using var twoSystems = await app.ClientFor(GoldenThreadApp.TwoSystemsUser); // a leader in QAA, a professional here

        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(PageOf(id) + page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await twoSystems.GetAsync(PageOf(id) + page)).StatusCode);
    }
}
