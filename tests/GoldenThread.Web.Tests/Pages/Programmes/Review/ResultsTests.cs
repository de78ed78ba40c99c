using System.Net;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Testing.ReviewFixtures;

namespace GoldenThread.Web.Pages.Programmes.Review;

/// <summary>The operator's scores page and moderation.</summary>
public class ResultsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    /// <summary>A cell's value without its heading for narrow screens (and, for the moderated score, without its link).</summary>
    private static string Cell(AngleSharp.Dom.IElement row, string column) =>
        row.QuerySelector($"[data-column={column}] [data-score]")?.TextContent
        ?? row.QuerySelector($"[data-column={column}]")!.TextContent
            .Replace(row.QuerySelector($"[data-column={column}] .nhsuk-table-responsive__heading")?.TextContent ?? "", "").Trim();

    [Fact]
    public async Task Get_SubmittedReviews_ShowsEachApplicationsFiguresAndEachReviewersHarshness()
    {
        var round = await app.AddRoundAsync("results", 2);
        // First: (25×4 + 20×3 + 20×5 + 15×2 + 20×4) / 100 = 3.7 and (50 + 60 + 60 + 30 + 40) / 100 = 2.4: mean 3.05,
        // spread 1.3; the wicked issue (4 against 2), citizens (5, 3) and leadership (4, 2) are 2 apart.
        await app.AssignAsync(round.Applications[0], FreeReviewers[0], [4, 3, 5, 2, 4], submitted: true);
        await app.AssignAsync(round.Applications[0], FreeReviewers[1], [2, 3, 3, 2, 2], submitted: true);
        // Second: 3.0 submitted; a draft of 5s does not count.
        await app.AssignAsync(round.Applications[1], FreeReviewers[0], [3, 3, 3, 3, 3], submitted: true);
        await app.AssignAsync(round.Applications[1], FreeReviewers[2], [5, 5, 5, 5, 5]);
        using var client = await app.ClientFor(Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{round.Id}/review/results"));

        var first = page.QuerySelector($"#scores tr[data-application='{round.References[0]}']")!;
        Assert.Equal(("2 of 2", "3.05", "3.05", "1.30"), (Cell(first, "reviews"), Cell(first, "mean"), Cell(first, "median"), Cell(first, "spread")));
        Assert.Equal("Yes on the wicked issue, gains for citizens and communities and system leadership and learning", Cell(first, "disagreement"));
        var second = page.QuerySelector($"#scores tr[data-application='{round.References[1]}']")!;
        Assert.Equal(("1 of 2", "3.00", "No", "–"), (Cell(second, "reviews"), Cell(second, "mean"), Cell(second, "disagreement"), Cell(second, "moderated")));
        // Harshness: 3.7 − 2.4 = +1.30 for Jordan Price, −1.30 for Robin Shah; Taylor Quinn has submitted nothing.
        var harshness = page.QuerySelectorAll("#harshness tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("[data-column=harshness]")!.TextContent);
        Assert.Equal(new Dictionary<string, string> { ["Jordan Price (reviewer)"] = "+1.30", ["Robin Shah (reviewer)"] = "−1.30" }, harshness);
    }

    [Fact]
    public async Task Moderate_TwiceWithReasons_AppendsBothAndTheLatestStands()
    {
        var round = await app.AddRoundAsync("moderate", 1);
        await app.AssignAsync(round.Applications[0], FreeReviewers[0], [3, 3, 3, 3, 3], submitted: true);
        using var client = await app.ClientFor(Operator);
        var moderate = $"/programmes/rounds/{round.Id}/review/applications/{round.Applications[0]}/moderate";

        var first = await GoldenThreadApp.PostForm(client, moderate, new Dictionary<string, string> { ["Score"] = "3.5", ["Reason"] = "Stronger community work than scored" });
        var second = await GoldenThreadApp.PostForm(client, moderate, new Dictionary<string, string> { ["Score"] = "4", ["Reason"] = "Panel agreed after discussion" });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        var stored = await app.Query(db => db.ModeratedScores.Where(m => m.ApplicationId == round.Applications[0]).ToListAsync());
        Assert.Equal([3.5, 4.0], stored.OrderBy(m => m.At).ThenBy(m => m.Id).Select(m => m.Score));
        var results = GoldenThreadApp.Parse(await client.GetStringAsync(second.Headers.Location!.OriginalString));
        Assert.Equal($"{round.References[0]} moderated to 4.00", results.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
        Assert.Equal("4.00", Cell(results.QuerySelector($"#scores tr[data-application='{round.References[0]}']")!, "moderated"));
        var history = GoldenThreadApp.Parse(await client.GetStringAsync(moderate)).QuerySelectorAll("#history tbody tr")
            .Select(r => string.Join("|", r.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent))).ToList();
        Assert.Equal(["Alex Byrne (programme operator)|4.00|Panel agreed after discussion", "Alex Byrne (programme operator)|3.50|Stronger community work than scored"], history);
    }

    [Theory]
    [InlineData("", "Because", "#score", "Enter a moderated score")]
    [InlineData("5.5", "Because", "#score", "The moderated score must be a number from 1.0 to 5.0, like 3.5")]
    [InlineData("3,5", "Because", "#score", "The moderated score must be a number from 1.0 to 5.0, like 3.5")]
    [InlineData("3.5", " ", "#reason", "Enter a reason for the moderated score")]
    public async Task Moderate_BadScoreOrNoReason_SaysWhatIsWrongAndAppendsNothing(string score, string reason, string field, string message)
    {
        var round = await app.AddRoundAsync($"moderate-bad-{Guid.NewGuid():N}"[..30], 1);
        using var client = await app.ClientFor(Operator);

        var response = await GoldenThreadApp.PostForm(client, $"/programmes/rounds/{round.Id}/review/applications/{round.Applications[0]}/moderate",
            new Dictionary<string, string> { ["Score"] = score, ["Reason"] = reason });
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        var error = Assert.Single(page.QuerySelectorAll(".nhsuk-error-summary__list a"));
        Assert.Equal((field, message), (error.GetAttribute("href")!, error.TextContent));
        Assert.Equal(0, await app.Query(db => db.ModeratedScores.CountAsync(m => m.ApplicationId == round.Applications[0])));
    }

    [Fact]
    public async Task Moderate_ApplicationOfAnotherRound_IsNotFound()
    {
        var round = await app.AddRoundAsync("moderate-a", 1);
        var other = await app.AddRoundAsync("moderate-b", 1);
        using var client = await app.ClientFor(Operator);

        var response = await client.GetAsync($"/programmes/rounds/{round.Id}/review/applications/{other.Applications[0]}/moderate");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
