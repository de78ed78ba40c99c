using System.Net;
using GoldenThread.Frameworks;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Measures;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>The plan page: actions by criterion, overdue actions counted and marked, filters, measures, retired criteria.</summary>
public class IndexTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_DueYesterdayTodayAndDoneLastWeek_CountsAndMarksOnlyThePastDueOpenAction()
    {
        // The other system's second framework holds only this test's actions, so the count is theirs alone.
        var framework = await app.FrameworkAsync(GoldenThreadApp.OtherSystem, "people-and-communities");
        var late = await app.AddActionAsync(framework, framework.Definition.Criteria.First().Id, "Late action", PlanRows.Today.AddDays(-1));
        var dueToday = await app.AddActionAsync(framework, framework.Definition.Criteria.First().Id, "Due today", PlanRows.Today, ActionStatus.InProgress);
        var done = await app.AddActionAsync(framework, framework.Definition.Criteria.Last().Id, "Done late", PlanRows.Today.AddDays(-7), ActionStatus.Done);
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/framework/plan?framework={framework.FrameworkId}"));

        Assert.Contains("1 action overdue", page.QuerySelector("#overdue-count")!.TextContent);
        Assert.Equal("Overdue", page.QuerySelector($"tr[data-action='{late}'] .nhsuk-tag--red")!.TextContent);
        Assert.Null(page.QuerySelector($"tr[data-action='{dueToday}'] .nhsuk-tag--red"));
        Assert.Null(page.QuerySelector($"tr[data-action='{done}'] .nhsuk-tag--red"));
        Assert.Equal("Done", page.QuerySelector($"tr[data-action='{done}'] .nhsuk-tag--green")!.TextContent);
    }

    [Fact]
    public async Task Get_FilteredByStatusAndOverdue_ShowsOnlyTheActionsMatchingBoth()
    {
        var framework = await app.FrameworkAsync();
        var lateStarted = await app.AddActionAsync(framework, "P2.1", "Filter: late, in progress", PlanRows.Today.AddDays(-3), ActionStatus.InProgress);
        var lateNotStarted = await app.AddActionAsync(framework, "P2.1", "Filter: late, not started", PlanRows.Today.AddDays(-3));
        var laterStarted = await app.AddActionAsync(framework, "P2.2", "Filter: later, in progress", PlanRows.Today.AddDays(30), ActionStatus.InProgress);
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/framework/plan?status=in-progress&overdue=true"));

        Assert.NotNull(page.QuerySelector($"tr[data-action='{lateStarted}']"));
        Assert.Null(page.QuerySelector($"tr[data-action='{lateNotStarted}']"));
        Assert.Null(page.QuerySelector($"tr[data-action='{laterStarted}']"));
        Assert.Equal("in-progress", page.QuerySelector("select#status option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name=Overdue][checked]"));
        // A member who is not on the leadership team reads the plan without the way to change it.
        Assert.Null(page.QuerySelector($"tr[data-action='{lateStarted}'] a"));
    }

    [Fact]
    public async Task Get_UnknownStatusAndFramework_ShowTheWholePlanOfTheFirstFramework()
    {
        var framework = await app.FrameworkAsync();
        var action = await app.AddActionAsync(framework, "P1.2", "Odd address action", PlanRows.Today.AddDays(10));
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await client.GetAsync("/systems/QXV/framework/plan?status=nonsense&framework=not-a-guid&overdue=maybe");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"tr[data-action='{action}']"));
        Assert.DoesNotContain("Error", page.Title);
    }

    [Fact]
    public async Task Get_ActionNamingAMeasure_LinksItWithItsVariationAndAssurance()
    {
        var framework = await app.FrameworkAsync();
        var measure = await app.AddMeasureAsync("Plan measure test", [10, 12, 11, 13, 12, 11, 12, 10]);
        var action = await app.AddActionAsync(framework, "P3.1", "Measured action", PlanRows.Today.AddDays(60), measureId: measure);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/framework/plan"));

        var row = page.QuerySelector($"tr[data-action='{action}']")!;
        Assert.Equal("Plan measure test", row.QuerySelector($"a[href='/systems/QXV/measures/{measure}']")!.TextContent);
        Assert.Equal("common_cause", row.QuerySelector("[data-variation]")!.GetAttribute("data-variation"));
        Assert.Contains("Common cause", row.QuerySelector("[data-variation]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"/systems/QXV/framework/plan/{action}", row.QuerySelector("td a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_ActionOfARetiredCriterion_StaysOnThePlanMarkedRetired()
    {
        var framework = await app.FrameworkAsync(GoldenThreadApp.OtherSystem);
        var action = await app.AddActionAsync(framework, "P5.3", "Action of a retired criterion", PlanRows.Today.AddDays(5));
        await app.RetireAsync(framework, "P5.3");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/framework/plan?framework={framework.FrameworkId}"));

        Assert.NotNull(page.QuerySelector($"tr[data-action='{action}']"));
        Assert.Contains("Retired", page.QuerySelector("#criterion-P5\\.3")!.TextContent);
    }

    [Fact]
    public async Task Get_SystemWithoutAFramework_SaysToAdoptOne()
    {
        await app.Query(async db =>
        {
            db.Systems.Add(new GoldenThread.Network.IntegratedCareSystem { Code = "QZZ", Name = "No framework ICB", Region = "London" });
            return await db.SaveChangesAsync();
        });
        await app.GrantRole(FrameworkRows.Leader, GoldenThread.Access.Roles.LeadershipTeam, "QZZ");
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QZZ/framework/plan"));

        Assert.Equal("/systems/QZZ/framework", page.QuerySelector("main a[href='/systems/QZZ/framework']")!.GetAttribute("href"));
        Assert.Contains("has not adopted one", page.QuerySelector("main")!.TextContent);
    }
}
