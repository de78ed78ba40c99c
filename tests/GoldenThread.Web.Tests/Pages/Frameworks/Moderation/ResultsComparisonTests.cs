using GoldenThread.Frameworks;
using GoldenThread.Testing;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>The results against the previous completed assessment (its own app: which assessment is previous depends on every other).</summary>
public class ResultsComparisonTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public async Task Get_ComparesEachCriterionWithTheLatestEarlierCompletedAssessment()
    {
        // The demo's own completed assessment ended within the last year of the real clock: these end after it.
        var latest = DateTimeOffset.UtcNow;
        var older = await app.AddModeratingAssessmentAsync("The one before");
        await app.ModerateAsync(older.AssessmentId, older.CriterionIds.ToDictionary(id => id, _ => (int?)1));
        await app.CompleteAsync(older.AssessmentId, latest.AddMinutes(-2));
        var last = await app.AddModeratingAssessmentAsync("Last year");
        await app.ModerateAsync(last.AssessmentId, [new("P1.1", 2), new("P1.2", 2), new("P1.3", 2), new("P1.4", null)]);
        await app.CompleteAsync(last.AssessmentId, latest.AddMinutes(-1));
        var now = await app.AddModeratingAssessmentAsync("This year");
        await app.ModerateAsync(now.AssessmentId, [new("P1.1", 3), new("P1.2", 2), new("P1.3", 1), new("P1.4", 3), new("P2.1", 2)]);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/framework/assessments/{now.AssessmentId}/results"));

        Assert.Contains("Last year", page.QuerySelector("main")!.TextContent);
        var changes = page.QuerySelectorAll("#comparison tbody tr").Take(6)
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal(
            [
                "Emerging | Developing | Improved",
                "Emerging | Emerging | Same",
                "Emerging | Not started | Worse",
                "Not applicable | Developing | Not comparable",
                "Not rated | Not moderated | Not moderated",
                "Not rated | Emerging | New",
            ], changes);
    }
}
