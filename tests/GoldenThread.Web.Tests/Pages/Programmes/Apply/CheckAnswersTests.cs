using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>Check your answers: every answer with its Change link, live eligibility, and submitting.</summary>
public class CheckAnswersTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_EveryAnswerHasAChangeLinkBackToItsPageAndThenHere()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "check-answers")));

        var changes = page.QuerySelectorAll(".nhsuk-summary-list__actions a").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.Equal(["team-name", "wicked-issue", "citizen-gains", "edi", "community-involvement", "system-leadership-gains", "measures",
            "sponsors", "members", "time-commitment"], changes.Select(h => h.Split('/')[^1].Replace("?from=check-answers", "")));
        Assert.All(changes, h => Assert.EndsWith("?from=check-answers", h));
        Assert.Contains("Frailty at home", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Get_EligibleDraft_ShowsEveryCriterionInTheCataloguesOrderMet()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "check-answers")));

        var rows = page.QuerySelectorAll("tr[data-criterion]");
        Assert.Equal(EligibilityCriteria.Default.Criteria.Select(c => c.Id), rows.Select(r => r.GetAttribute("data-criterion")));
        Assert.All(rows, r => Assert.Equal("pass", r.GetAttribute("data-status")));
        Assert.Contains("Team size", rows[0].QuerySelector("th")!.TextContent);
        Assert.Contains("meets every eligibility criterion", page.QuerySelector("#eligibility-summary")!.TextContent);
        Assert.Equal("Submit application", page.QuerySelector("main form button")!.TextContent);
    }

    [Fact]
    public async Task Get_FiveMembers_SaysWhichCriteriaFailAndHowToMendThem()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible(members: 5));
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "check-answers")));

        var failing = page.QuerySelectorAll("tr[data-status=fail]");
        var teamSize = Assert.Single(failing);
        Assert.Equal("E-TEAM-SIZE", teamSize.GetAttribute("data-criterion"));
        Assert.Equal("Fail", teamSize.QuerySelector(".nhsuk-tag")!.TextContent);
        Assert.Contains("5 members; at least 6 needed", teamSize.TextContent);
        var mend = teamSize.QuerySelector("a")!;
        Assert.Equal(("Change team members", PageOf(id, "members?from=check-answers")), (mend.TextContent, mend.GetAttribute("href")));
        Assert.Contains("does not meet 1 of the 17 eligibility criteria", page.QuerySelector("#eligibility-summary")!.TextContent);
        Assert.Equal("Submit application anyway", page.QuerySelector("main form button")!.TextContent);
    }

    [Fact]
    public async Task Get_SixthTeamOfTheSystem_FailsTheCapWithNoLinkSinceAnswersCannotMendIt()
    {
        var round = await app.AddRoundAsync();
        for (var i = 0; i < ProgrammeSettings.DefaultMaxTeamsPerSystem; i++)
            await app.AddApplicationAsync(round, Eligible(), state: ApplicationState.Submitted);
        var id = await app.AddApplicationAsync(round, Eligible());
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "check-answers")));

        var cap = Assert.Single(page.QuerySelectorAll("tr[data-status=fail]"));
        Assert.Equal("E-SYSTEM-TEAM-CAP", cap.GetAttribute("data-criterion"));
        Assert.Null(cap.QuerySelector("a"));
        Assert.Contains("goes to review only if one of them is withdrawn", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Post_WhileTheRoundTakesApplications_SubmitsAndConfirmsWithTheReference()
    {
        var round = await app.AddRoundAsync();
        var id = await app.AddApplicationAsync(round, Eligible());
        using var client = await app.ClientFor(Professional);
        var before = DateTimeOffset.UtcNow;

        var (status, _, location) = await Answer(client, PageOf(id, "check-answers"), new() { ["Version"] = "1" });
        var confirmation = GoldenThreadApp.Parse(await client.GetStringAsync(location!));

        Assert.Equal((HttpStatusCode.Redirect, PageOf(id, "submitted")), (status, location));
        var submitted = await app.ApplicationAsync(id);
        Assert.Equal(ApplicationState.Submitted, submitted.State);
        Assert.InRange(submitted.SubmittedAt!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal("Application submitted", confirmation.QuerySelector(".nhsuk-panel h1")!.TextContent);
        Assert.Contains(submitted.Reference, confirmation.QuerySelector(".nhsuk-panel__body")!.TextContent);
        Assert.Contains("What happens next", confirmation.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Post_IneligibleDraft_IsSubmittedAndTheConfirmationSaysItIsNotEligible()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible(members: 5));
        using var client = await app.ClientFor(Professional);

        var (_, _, location) = await Answer(client, PageOf(id, "check-answers"), new() { ["Version"] = "1" });
        var confirmation = GoldenThreadApp.Parse(await client.GetStringAsync(location!));

        Assert.Equal(ApplicationState.Submitted, (await app.ApplicationAsync(id)).State);
        Assert.Contains("does not meet every eligibility criterion", confirmation.QuerySelector(".nhsuk-warning-callout")!.TextContent);
    }

    [Theory]
    [InlineData(-30, -1)]
    [InlineData(1, 30)]
    public async Task Post_OutsideTheRoundsDates_IsRefusedAndStaysADraft(int opensIn, int closesIn)
    {
        var round = await app.AddRoundAsync(Today.AddDays(opensIn), Today.AddDays(closesIn));
        var id = await app.AddApplicationAsync(round, Eligible());
        using var client = await app.ClientFor(Professional);

        var get = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id, "check-answers")));
        var (status, page, _) = await Answer(client, PageOf(id, "check-answers"), new() { ["Version"] = "1" });

        Assert.Null(get.QuerySelector("main form button"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("This round is not taking applications", page!.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(ApplicationState.Draft, (await app.ApplicationAsync(id)).State);
    }

    [Fact]
    public async Task Post_WithoutTheFormsAntiforgeryToken_IsRefusedAndNotSubmitted()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Professional);

        var response = await client.PostAsync(PageOf(id, "check-answers"), new FormUrlEncodedContent(new Dictionary<string, string> { ["Version"] = "1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApplicationState.Draft, (await app.ApplicationAsync(id)).State);
    }

    [Fact]
    public async Task Post_ChangedSinceThePageWasShown_IsNotSubmitted()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible());
        using var client = await app.ClientFor(Professional);
        await Answer(client, PageOf(id, "team-name"), new() { ["TeamName"] = "Changed meanwhile" });

        var (status, page, _) = await Answer(client, PageOf(id, "check-answers"), new() { ["Version"] = "1" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("was not submitted", page!.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(ApplicationState.Draft, (await app.ApplicationAsync(id)).State);
    }
}
