using System.Net;
using GoldenThread.Frameworks;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>Moderating one criterion: the raters' ratings beside a form saving the moderated rating.</summary>
public class CriterionTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static string Path(Guid id, string criterion = "P1.1", string system = "QXV") =>
        $"/systems/{system}/framework/assessments/{id}/moderation/{criterion}";

    private Task<List<ModeratedRating>> Moderated(Guid id) =>
        app.Query(db => db.ModeratedRatings.AsNoTracking().Where(m => m.AssessmentId == id).ToListAsync());

    [Fact]
    public async Task Get_ShowsEachRatersNameLevelAndRationale_AndSuggestsTheMedian()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        var names = await app.Query(db => db.People.Where(p => assessment.People.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Path(assessment.AssessmentId)));

        var rows = page.QuerySelectorAll("#ratings tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(names, rows.Select(r => r[0]));
        Assert.Equal(["Not started", "Developing", "Developing"], rows.Select(r => r[1]));
        Assert.Contains("Rated 1 from what I have seen", rows[0][2]);
        Assert.Contains("shown only to the leadership team", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Uncertain", page.QuerySelector("#spread")!.TextContent);
        // No moderated rating yet: the form starts from the suggested level, 3 (the median of 1, 3, 3).
        Assert.Equal("3", page.QuerySelector("input[name=Level][checked]")!.GetAttribute("value"));
        // P1.1 carries the register's evidence on professions' voice, shown before the raters' ratings.
        Assert.Contains("profession", page.QuerySelector(".gt-criterion-evidence")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_NoRationale_ShowsTheErrorSummaryAndSavesNothing()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, Path(assessment.AssessmentId), [new("Level", "2"), new("Rationale", " "), new("Version", "0")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(["#rationale"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Enter why the criterion is moderated at this level", page.QuerySelector("#rationale-error")!.TextContent);
        Assert.Empty(await Moderated(assessment.AssessmentId));
    }

    [Fact]
    public async Task Post_NoLevelOrALevelOffTheScale_AsksForTheLevel()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        foreach (var level in new[] { "", "5", "0", "x" })
        {
            var response = await GoldenThreadApp.PostForm(client, Path(assessment.AssessmentId), [new("Level", level), new("Rationale", "Because"), new("Version", "0")]);
            var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(["#level"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        }
        Assert.Empty(await Moderated(assessment.AssessmentId));
    }

    [Fact]
    public async Task Post_ValidThenChanged_SavesOneModeratedRatingAndUpdatesIt()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var first = await GoldenThreadApp.PostForm(client, Path(assessment.AssessmentId), [new("Level", "2"), new("Rationale", "Raters split; the evidence is thin"), new("Version", "0")]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(Path(assessment.AssessmentId))));
        Assert.Contains(new KeyValuePair<string, string>("Level", "2"), form);
        form.RemoveAll(f => f.Key == "Level");
        form.Add(new("Level", GoldenThread.Web.Frameworks.AssessmentRatings.NotApplicableValue));
        form.Add(new("Rationale", "Not for this system after all"));

        var second = await GoldenThreadApp.PostForm(client, Path(assessment.AssessmentId), form);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var saved = Assert.Single(await Moderated(assessment.AssessmentId));
        Assert.Equal((null, true, "Not for this system after all", 2), (saved.Level, saved.NotApplicable, saved.Rationale, saved.Version));
        var overview = GoldenThreadApp.Parse(await client.GetStringAsync(second.Headers.Location!.OriginalString));
        Assert.Contains("P1.1 moderated as Not applicable", overview.QuerySelector(".nhsuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task Post_FromAFormFilledBeforeSomeoneElseModerated_IsRefusedAndShowsTheirs()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);
        await app.ModerateAsync(assessment.AssessmentId, [new("P1.1", 4)]);

        var response = await GoldenThreadApp.PostForm(client, Path(assessment.AssessmentId), [new("Level", "2"), new("Rationale", "Mine"), new("Version", "0")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Contains("Someone else changed this moderated rating", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("4", page.QuerySelector("input[name=Level][checked]")!.GetAttribute("value"));
        Assert.Equal(4, Assert.Single(await Moderated(assessment.AssessmentId)).Level);
    }

    [Fact]
    public async Task Post_WhileRatingIsOpen_IsRefusedWithWhy()
    {
        var assessment = await app.AddModeratingAssessmentAsync(state: AssessmentState.Open);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var response = await GoldenThreadApp.PostForm(client, Path(assessment.AssessmentId), [new("Level", "2"), new("Rationale", "Early"), new("Version", "0")]);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("on the assessment’s page", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Null(page.QuerySelector("#ratings"));
        Assert.Empty(await Moderated(assessment.AssessmentId));
    }

    [Fact]
    public async Task Post_CompletedAssessment_IsRefusedAndChangesNothing()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        await app.ModerateAsync(assessment.AssessmentId, [new("P1.1", 3)]);
        await app.CompleteAsync(assessment.AssessmentId, FrameworkRows.Created.AddDays(60));
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var get = GoldenThreadApp.Parse(await client.GetStringAsync(Path(assessment.AssessmentId)));
        Assert.Null(get.QuerySelector("main form"));
        // The completed page has no form: any page's antiforgery token will do.
        var withForm = await app.AddModeratingAssessmentAsync();
        var response = await GoldenThreadApp.PostForm(client, Path(assessment.AssessmentId),
            [new("Level", "1"), new("Rationale", "Late"), new("Version", "1")], tokenFrom: Path(withForm.AssessmentId));
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("its moderated ratings no longer change", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal(3, Assert.Single(await Moderated(assessment.AssessmentId)).Level);
    }

    [Theory]
    [InlineData("P9.9")]
    [InlineData("not-a-criterion")]
    public async Task Get_CriterionTheAssessmentDoesNotRate_IsNotFound(string criterion)
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        using var client = await app.ClientFor(FrameworkRows.Leader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Path(assessment.AssessmentId, criterion))).StatusCode);
    }

    [Fact]
    public async Task Get_ProfessionalForbidden_AnotherSystemNotFound()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        using var professional = await app.ClientFor(FrameworkRows.Professional);
        using var other = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.Forbidden, (await professional.GetAsync(Path(assessment.AssessmentId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Path(assessment.AssessmentId, system: GoldenThreadApp.OtherSystem))).StatusCode);
    }
}
