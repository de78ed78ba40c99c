using System.Net;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using GoldenThread.Testing;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Frameworks.Moderation;

/// <summary>The moderation overview: every criterion with the raters' spread, the uncertain flag and the levels.</summary>
public class IndexTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static string Path(Guid id, string system = "QXV") => $"/systems/{system}/framework/assessments/{id}/moderation";

    [Fact]
    public async Task Get_ModeratingAssessment_ShowsEachCriterionsSpreadUncertainFlagAndSuggestion()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        await app.ModerateAsync(assessment.AssessmentId, [new("P1.2", 3)]);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Path(assessment.AssessmentId)));

        // P1.1 rated 1, 3, 3: split by 2, uncertain; median 3.
        var uncertain = page.QuerySelector("#criterion-P1-1")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("Not started 1 · Developing 2", uncertain[1]);
        Assert.Contains("Uncertain", uncertain[1]);
        Assert.Equal(["Developing", "Not moderated"], uncertain.Skip(2));
        // P1.2 rated 2, 2, 3: split by 1; median 2; moderated at 3.
        var settled = page.QuerySelector("#criterion-P1-2")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Emerging 2 · Developing 1", "Emerging", "Developing"], settled.Skip(1));
        // Every other criterion: 3, 3 and not applicable.
        Assert.Contains("Developing 2 · Not applicable 1", page.QuerySelector("#criterion-P2-1")!.TextContent);
        Assert.Equal($"1 of {assessment.CriterionIds.Count} criteria moderated.", page.QuerySelector("#progress")!.TextContent);
    }

    [Fact]
    public async Task Get_RatingStillOpen_SaysModerationBeginsWhenRatingClosesAndShowsNoRatings()
    {
        var assessment = await app.AddModeratingAssessmentAsync(state: AssessmentState.Open);
        var closesOn = UkDate.Today(TimeProvider.System).AddDays(10);
        await app.Query(async db =>
        {
            (await db.Assessments.SingleAsync(a => a.Id == assessment.AssessmentId)).ClosesOn = closesOn;
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Path(assessment.AssessmentId)));

        Assert.Contains($"Rating is still open (until {UkTime.Day(closesOn)}): moderation begins when rating is closed", page.QuerySelector("#not-yet")!.TextContent);
        Assert.Null(page.QuerySelector("table"));
    }

    [Fact]
    public async Task Get_ClosingDatePassedButRatingNotClosed_SaysToCloseIt()
    {
        // The fixture's assessment closes on 31 October 2026, before today.
        var assessment = await app.AddModeratingAssessmentAsync(state: AssessmentState.Open);
        using var client = await app.ClientFor(FrameworkRows.Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Path(assessment.AssessmentId)));

        Assert.Contains("Raters could rate until 31 Oct 2026, but rating has not been closed: close it on the assessment’s page", page.QuerySelector("#not-yet")!.TextContent);
        Assert.Null(page.QuerySelector("table"));
    }

    [Fact]
    public async Task Get_Professional_IsForbidden()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        using var client = await app.ClientFor(FrameworkRows.Professional);

        var response = await client.GetAsync(Path(assessment.AssessmentId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_AnotherSystemsAssessment_IsNotFound()
    {
        var assessment = await app.AddModeratingAssessmentAsync();
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync(Path(assessment.AssessmentId, GoldenThreadApp.OtherSystem));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
