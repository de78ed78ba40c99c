using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Web.Pages.Programmes.Apply.ApplyRows;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>The system's programmes page: the rounds it may apply to today and its applications.</summary>
public class ListTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_OffersOnlyRoundsThatIncludeTheSystemAndTakeApplicationsToday()
    {
        var open = await app.AddRoundAsync();
        var closed = await app.AddRoundAsync(Today.AddDays(-30), Today.AddDays(-1));
        var notYet = await app.AddRoundAsync(Today.AddDays(1), Today.AddDays(30));
        var closedEarly = await app.AddRoundAsync();
        var elsewhere = await app.AddRoundAsync();
        await app.Query(async db =>
        {
            (await db.ProgrammeRounds.SingleAsync(r => r.Id == closedEarly)).State = RoundState.Closed;
            (await db.ProgrammeRounds.SingleAsync(r => r.Id == elsewhere)).Systems = [new(GoldenThreadApp.OtherSystem, ["children"])];
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/programmes"));

        var starts = page.QuerySelectorAll("main a.nhsuk-button").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/systems/QXV/programmes/{open}/apply", starts);
        Assert.DoesNotContain(starts, s => s!.Contains(closed.ToString()) || s.Contains(notYet.ToString())
                                          || s.Contains(closedEarly.ToString()) || s.Contains(elsewhere.ToString()));
    }

    [Fact]
    public async Task Get_ADraftLeftPartWay_OffersItsCreatorToContinueWhereTheyStopped_AndNoOneElse()
    {
        var id = await app.AddApplicationAsync(await app.AddRoundAsync(), new ApplicationContent
        {
            TeamName = "Resumed team", WickedIssue = new() { Title = "Falls", Description = "Falls at home", PriorityArea = "frailty" },
        });
        using var creator = await app.ClientFor(Professional);
        using var other = await app.ClientFor(OtherProfessional);

        var mine = GoldenThreadApp.Parse(await creator.GetStringAsync("/systems/QXV/programmes"));
        var theirs = GoldenThreadApp.Parse(await other.GetStringAsync("/systems/QXV/programmes"));

        var resume = mine.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Continue your application") && a.GetAttribute("href")!.Contains(id.ToString()));
        Assert.Equal(PageOf(id, "citizen-gains"), resume.GetAttribute("href"));
        Assert.Contains("Resumed team", theirs.QuerySelector("main table")!.TextContent);
        Assert.DoesNotContain(theirs.QuerySelectorAll("a"), a => a.GetAttribute("href") == PageOf(id, "citizen-gains"));
    }

    [Fact]
    public async Task Resume_AfterLeavingPartWay_ANewSessionCarriesOnWhereTheTeamStoppedWithItsAnswersKept()
    {
        var round = await app.AddRoundAsync();
        Guid id;
        using (var first = await app.ClientFor(Professional))
        {
            var started = await GoldenThreadApp.PostForm(first, $"/systems/QXV/programmes/{round}/apply", []);
            id = Guid.Parse(started.Headers.Location!.OriginalString.Split('/')[^2]);
            await Answer(first, PageOf(id, "team-name"), new() { ["TeamName"] = "Left part way" });
        }
        using var later = await app.ClientFor(Professional);

        var list = GoldenThreadApp.Parse(await later.GetStringAsync("/systems/QXV/programmes"));
        var resume = list.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Continue your application") && a.GetAttribute("href")!.Contains(id.ToString()));
        var teamName = GoldenThreadApp.Parse(await later.GetStringAsync(PageOf(id, "team-name")));

        Assert.Equal(PageOf(id, "wicked-issue"), resume.GetAttribute("href"));
        Assert.Equal("Left part way", teamName.QuerySelector("#teamname")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_Outcomes_ShowOnlyOncePublished()
    {
        var unpublished = await app.AddApplicationAsync(await app.AddRoundAsync(), Eligible() with { TeamName = "Decided quietly" },
            state: ApplicationState.Submitted, decision: ApplicationDecision.Selected);
        var published = await app.AddApplicationAsync(await app.AddRoundAsync(outcomesPublishedAt: DateTimeOffset.UtcNow.AddDays(-1)),
            Eligible() with { TeamName = "Decided openly" }, state: ApplicationState.Submitted, decision: ApplicationDecision.Selected);
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/programmes"));

        string OutcomeOf(Guid id) => page.QuerySelectorAll("tbody tr").Single(r => r.InnerHtml.Contains(id.ToString())).QuerySelectorAll("td")[3].TextContent;
        Assert.Contains("Not published yet", OutcomeOf(unpublished));
        Assert.Contains("Selected", OutcomeOf(published));
    }

    [Fact]
    public async Task Header_LinksToTheSystemsProgrammes()
    {
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV"));

        Assert.NotNull(page.QuerySelector("nav[aria-label=Menu] a[href='/systems/QXV/programmes']"));
    }
}
