using System.Net;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

public class WickedIssueTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_PriorityAreasAreTheRoundsCopyOfTheSystems()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "wicked-issue")));

        Assert.Equal(["mental health", "frailty"], page.QuerySelectorAll("input[name=PriorityArea]").Select(r => r.GetAttribute("value")));
    }

    [Fact]
    public async Task Post_NothingAnswered_NamesEachFieldInThePagesOrder()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (status, page, _) = await Answer(client, PageOf(id, "wicked-issue"), new() { ["IssueTitle"] = "", ["Description"] = " " });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["#issuetitle", "#description", "#priorityarea"], SummaryLinks(page!));
        Assert.Equal("Select the priority area the wicked issue belongs to", InlineError(page!, "priorityarea"));
    }

    [Fact]
    public async Task Post_PriorityAreaNotOneOfTheRounds_IsRefused()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, page, _) = await Answer(client, PageOf(id, "wicked-issue"),
            new() { ["IssueTitle"] = "Falls", ["Description"] = "Falls at home", ["PriorityArea"] = "children" });

        Assert.Equal(["#priorityarea"], SummaryLinks(page!));
    }

    [Fact]
    public async Task Post_Answered_SavesTheIssueAndGoesOnToTheFirstStatement()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync());
        using var client = await app.ClientFor(Professional);

        var (_, _, location) = await Answer(client, PageOf(id, "wicked-issue"),
            new() { ["IssueTitle"] = " Falls ", ["Description"] = "Falls at home\nacross two places", ["PriorityArea"] = "frailty" });

        Assert.Equal(PageOf(id, "citizen-gains"), location);
        var issue = (await app.ApplicationAsync(id)).Content.WickedIssue;
        Assert.Equal(("Falls", "Falls at home\nacross two places", "frailty"), (issue.Title, issue.Description, issue.PriorityArea));
    }
}
