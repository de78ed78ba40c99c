using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

public class TeamNameTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_TheLabelIsThePagesHeading()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "team-name")));

        Assert.Equal("What is your team called?", page.QuerySelector("h1 > label[for=teamname]")!.TextContent);
        Assert.Equal("Continue", page.QuerySelector("main form button")!.TextContent);
    }

    [Fact]
    public async Task Post_BlankAfterTrim_ShowsTheErrorSummaryAndTheInlineErrorAndSavesNothing()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (status, page, _) = await Answer(client, PageOf(id, "team-name"), new() { ["TeamName"] = "   " });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Error: What is your team called?", page!.Title);
        Assert.Equal("There is a problem", page.QuerySelector(".nhsuk-error-summary__heading")!.TextContent);
        Assert.Equal(["#teamname"], SummaryLinks(page));
        Assert.Equal("Enter your team’s name", InlineError(page, "teamname"));
        Assert.Equal(1, (await app.ApplicationAsync(id)).Version);
    }

    [Fact]
    public async Task Post_LongerThanTheRulesStore_IsRefusedInTheFieldsWords()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "team-name"), new() { ["TeamName"] = new string('x', ApplicationRules.ShortTextLength + 1) });

        Assert.Equal("Team name must be 200 characters or fewer", InlineError(page!, "teamname"));
    }

    [Fact]
    public async Task Post_Answered_SavesTrimmedAndGoesOnToTheWickedIssue()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (status, _, location) = await Answer(client, PageOf(id, "team-name"), new() { ["TeamName"] = "  Frailty at home " });

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(PageOf(id, "wicked-issue"), location);
        Assert.Equal("Frailty at home", (await app.ApplicationAsync(id)).Content.TeamName);
    }

    [Fact]
    public async Task Post_ChangedFromCheckAnswers_GoesBackToCheckAnswers()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Professional);

        var (_, _, location) = await Answer(client, PageOf(id, "team-name?from=check-answers"), new() { ["TeamName"] = "Home first" });

        Assert.Equal(PageOf(id, "check-answers"), location);
    }
}
