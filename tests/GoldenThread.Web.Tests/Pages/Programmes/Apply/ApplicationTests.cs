using GoldenThread.Programmes;
using GoldenThread.Testing;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>The team's view of its application: a draft's sections, a submitted one's answers, and the outcome only once published.</summary>
public class ApplicationTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_DecidedButNotPublished_ShowsNoOutcomeNorFeedback()
    {
        var round = await app.AddRoundAsync(outcomesPublishedAt: null);
        var id = await app.AddApplicationAsync(round, Eligible(), state: ApplicationState.Submitted,
            decision: ApplicationDecision.Selected, feedback: "A strong, well-sponsored team.", rationale: "Top scores from both reviewers.");
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id)));

        Assert.Equal("The programme has not published its outcomes yet.", page.QuerySelector("#outcome")!.TextContent);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Selected", text);
        Assert.DoesNotContain("A strong, well-sponsored team.", text);
        Assert.DoesNotContain("Top scores", text);
    }

    [Fact]
    public async Task Get_OncePublished_ShowsTheDecisionAndFeedbackButNeverTheRationale()
    {
        var round = await app.AddRoundAsync(outcomesPublishedAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var id = await app.AddApplicationAsync(round, Eligible(), state: ApplicationState.Submitted,
            decision: ApplicationDecision.NotSelected, feedback: "Involve the community from the outset.", rationale: "Weak community involvement.");
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id)));

        Assert.Equal("Not selected", page.QuerySelector("#outcome .nhsuk-tag")!.TextContent);
        Assert.Equal("Involve the community from the outset.", page.QuerySelector("#feedback")!.TextContent);
        Assert.DoesNotContain("Weak community involvement.", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector($"a[href='{PageOf(id, "withdraw")}']"));
    }

    [Fact]
    public async Task Get_SubmittedAndUndecided_ShowsTheAnswersWithoutChangeLinksAndOffersWithdrawal()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible(), state: ApplicationState.Submitted);
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id)));

        Assert.Equal("Submitted", page.QuerySelectorAll(".nhsuk-summary-list__value .nhsuk-tag")[0].TextContent);
        Assert.Contains("Frailty at home", page.QuerySelector("main")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".nhsuk-summary-list__actions"));
        Assert.NotNull(page.QuerySelector($"a[href='{PageOf(id, "withdraw")}']"));
    }

    [Fact]
    public async Task Get_DraftForItsCreator_ShowsEachSectionDoneOrNot()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), new ApplicationContent { TeamName = "Frailty at home" });
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(PageOf(id)));

        var statuses = page.QuerySelectorAll(".nhsuk-task-list__status").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(["Completed", .. Enumerable.Repeat("Incomplete", 9)], statuses);
        Assert.Equal(PageOf(id, "wicked-issue"), page.QuerySelector("a.nhsuk-button")!.GetAttribute("href"));
    }
}
