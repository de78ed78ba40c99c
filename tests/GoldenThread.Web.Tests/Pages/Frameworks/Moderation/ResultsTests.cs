using System.Net;
using GoldenThread.Frameworks;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>Results by principle, their CSV, and completing the assessment.</summary>
public class ResultsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static string Base(Guid id, string system = "QXV") => $"/systems/{system}/framework/assessments/{id}";

    /// <summary>Every criterion moderated at 3, but P1.1 at 1 and P1.2 not applicable.</summary>
    private static Dictionary<string, int?> AllModerated(ModerationRows.Moderating assessment) =>
        assessment.CriterionIds.ToDictionary(id => id, id => id switch { "P1.1" => 1, "P1.2" => null, _ => (int?)3 });

    [Fact]
    public async Task Get_ShowsTheChartWithATableOfTheSameFiguresAndNoRatersRatings()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        await app.ModerateAsync(assessment.AssessmentId, AllModerated(assessment));
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base(assessment.AssessmentId)}/results"));

        var chart = page.QuerySelector("main svg[role=img]")!;
        Assert.Equal("results-title results-description", chart.GetAttribute("aria-labelledby"));
        var p1 = page.QuerySelectorAll("#by-principle tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        // P1 has 5 criteria: P1.1 at 1, P1.2 not applicable, P1.3–P1.5 at 3: counts 1, 0, 3, 0; mean (1 + 3 + 3 + 3) / 4 = 2.5.
        Assert.Equal(["1", "0", "3", "0", "1", "0", "2.5"], p1);
        Assert.Contains("P1: 2.5 from 4 criteria.", chart.QuerySelector("desc")!.TextContent);
        Assert.Contains("2.5", chart.TextContent);
        Assert.DoesNotContain("Rated 1 from what I have seen", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Csv_HasARowPerCriterionWithItsModeratedLevelSpreadAndRationale()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        await app.ModerateAsync(assessment.AssessmentId, [new("P1.1", 1), new("P1.2", null)]);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await client.GetAsync($"{Base(assessment.AssessmentId)}/results.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("criterionId,principle,criterion,moderatedLevel,spread,uncertain,rationale", lines[0]);
        Assert.Equal(assessment.CriterionIds.Count + 1, lines.Length);
        // P1.1: raters 1, 3, 3: spread 2, uncertain. P1.2: 2, 2, 3: spread 1. P1.3: 3, 3 and not applicable, not moderated.
        Assert.Equal("P1.1,P1,Every clinical and care profession has a role and a voice in the system,Not started,2,yes,Agreed at 1", lines[1]);
        Assert.StartsWith("P1.2,P1,", lines[2]);
        Assert.EndsWith(",Not applicable,1,no,Agreed at not applicable", lines[2]);
        Assert.EndsWith(",,0,no,", lines[3]);
    }

    [Fact]
    public async Task Complete_WhileCriteriaAreUnmoderated_IsRefusedNamingThem()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        var moderated = AllModerated(assessment);
        moderated.Remove("P2.1");
        await app.ModerateAsync(assessment.AssessmentId, moderated);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var get = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base(assessment.AssessmentId)}/complete"));
        Assert.Contains("1 criterion is not moderated yet", get.QuerySelector("#blocker")!.TextContent);
        Assert.Equal(["P2.1"], get.QuerySelectorAll("#unmoderated a").Select(a => a.TextContent.Split(' ')[0]));
        var response = await GoldenThreadApp.PostForm(client, $"{Base(assessment.AssessmentId)}/complete", [new("Version", "1")],
            tokenFrom: $"{Base(assessment.AssessmentId)}/moderation/P2.1");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1 criterion is not moderated yet", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(AssessmentState.Moderating, await app.Query(db => db.Assessments.Where(a => a.Id == assessment.AssessmentId).Select(a => a.State).SingleAsync()));
    }

    [Fact]
    public async Task Complete_EveryCriterionModerated_CompletesAndNothingChangesAfter()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        await app.ModerateAsync(assessment.AssessmentId, AllModerated(assessment));
        using var client = await app.ClientFor(FrameworkRows.Leader);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync($"{Base(assessment.AssessmentId)}/complete")));

        var response = await GoldenThreadApp.PostForm(client, $"{Base(assessment.AssessmentId)}/complete", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.Query(db => db.Assessments.AsNoTracking().SingleAsync(a => a.Id == assessment.AssessmentId));
        Assert.Equal(AssessmentState.Completed, stored.State);
        Assert.NotNull(stored.CompletedAt);
        var results = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("completed", results.QuerySelector(".nhsuk-notification-banner")!.TextContent);
        Assert.Null(results.QuerySelector("a[href$='/complete']"));
        var again = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base(assessment.AssessmentId)}/complete"));
        Assert.Contains("no longer change", again.QuerySelector("#blocker")!.TextContent);
    }

    [Fact]
    public async Task Get_RatingStillOpen_ResultsSayWhyAndTheCsvGoesThere()
    {
        var assessment = await app.AddModeratingAssessmentAsync(state: AssessmentState.Open);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Base(assessment.AssessmentId)}/results"));
        var csv = await client.GetAsync($"{Base(assessment.AssessmentId)}/results.csv");

        Assert.Contains("on the assessment’s page", page.QuerySelector("#not-yet")!.TextContent);
        Assert.Null(page.QuerySelector("main svg[role=img]"));
        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
    }

    [Theory]
    [InlineData("results")]
    [InlineData("results.csv")]
    [InlineData("complete")]
    public async Task Get_ProfessionalForbidden_AnotherSystemNotFound(string page)
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        using var professional = await app.ClientFor(FrameworkRows.Professional);
        using var other = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.Forbidden, (await professional.GetAsync($"{Base(assessment.AssessmentId)}/{page}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Base(assessment.AssessmentId, GoldenThreadApp.OtherSystem)}/{page}")).StatusCode);
    }
}
