using GoldenThread.Frameworks;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Frameworks.Plan;

/// <summary>The plan as CSV and as a printable page.</summary>
public class ExportTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Csv_HasAHeaderAndARowPerActionSayingWhetherItIsOverdue()
    {
        var framework = await app.FrameworkAsync(GoldenThreadApp.OtherSystem, "people-and-communities");
        var criterion = framework.Definition.Criteria.First();
        var principle = framework.Definition.PrincipleOf(criterion.Id)!;
        await app.AddActionAsync(framework, criterion.Id, "Run listening events", new DateOnly(2020, 5, 1), progressNote: "=SUM(A1)");
        await app.AddActionAsync(framework, criterion.Id, "Publish what we heard", PlanRows.Today, ActionStatus.InProgress, owner: "Engagement lead");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync($"/systems/QAA/framework/plan.csv?framework={framework.FrameworkId}");
        var lines = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("criterion id,principle,criterion,action,owner,due,status,overdue,progress note,measure", lines[0]);
        Assert.Equal(3, lines.Length);
        // Ordered by due date; the formula in the note is escaped for spreadsheets.
        Assert.StartsWith($"{criterion.Id},", lines[1]);
        Assert.Contains(",Run listening events,Clinical cabinet,2020-05-01,Not started,yes,", lines[1]);
        Assert.Contains("'=SUM(A1)", lines[1]);
        Assert.Contains(",Publish what we heard,Engagement lead,", lines[2]);
        Assert.Contains(",In progress,no,,", lines[2]);
        Assert.Contains(principle.Title.Contains(',') ? $"\"{principle.Title}\"" : principle.Title, lines[1]);
    }

    [Fact]
    public async Task Print_ShowsEachCriterionWithTheLatestCompletedAssessmentsModeratedLevel()
    {
        var framework = await app.FrameworkAsync();
        var older = await app.AddAssessmentAsync("Older round", AssessmentState.Completed);
        await app.ModerateAsync(older, new Dictionary<string, int?> { ["P1.1"] = 1 });
        var open = await app.AddAssessmentAsync("Open round", AssessmentState.Open);
        await app.ModerateAsync(open, new Dictionary<string, int?> { ["P1.1"] = 4 });
        var latest = await app.AddAssessmentAsync("Latest round", AssessmentState.Completed);
        await app.Query(async db =>
        {
            var a = await db.Assessments.FindAsync(latest);
            a!.CompletedAt = FrameworkRows.Created.AddDays(90);
            return await db.SaveChangesAsync();
        });
        await app.ModerateAsync(latest, new Dictionary<string, int?> { ["P1.1"] = 3, ["P1.2"] = null });
        var action = await app.AddActionAsync(framework, "P1.1", "Printed action", PlanRows.Today.AddDays(3));
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/framework/plan/print"));

        Assert.Contains("Latest round", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Developing", page.QuerySelector("tr[data-criterion='P1.1'] [data-level]")!.TextContent);
        Assert.Equal("Not applicable", page.QuerySelector("tr[data-criterion='P1.2'] [data-level]")!.TextContent);
        Assert.Equal("Not moderated", page.QuerySelector("tr[data-criterion='P1.3'] [data-level]")!.TextContent);
        Assert.NotNull(page.QuerySelector($"tr[data-action='{action}']"));
        Assert.Empty(page.QuerySelectorAll("main form, main .nhsuk-button"));
    }
}
