using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Diversity;

public class MineTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Page = "/systems/QXV/my-diversity";

    private static Task<AngleSharp.Html.Dom.IHtmlDocument> Post(HttpClient client, string handler, Dictionary<string, string> form) =>
        GoldenThreadApp.PostForm(client, Page, handler, form);

    [Fact]
    public async Task SaveThenWithdraw_WithConsent_KeepsTheAnswersOnlyUntilWithdrawn()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var saved = await Post(client, "Save", new() { ["Answers[ethnicity]"] = "N", ["Answers[sex]"] = "female", ["Consent"] = "true" });
        var reopened = GoldenThreadApp.Parse(await client.GetStringAsync(Page));
        var withdrawn = await Post(client, "Withdraw", []);
        var after = GoldenThreadApp.Parse(await client.GetStringAsync(Page));

        Assert.Equal("Your diversity information is saved", saved.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
        Assert.Equal("N", reopened.QuerySelector("input[name='Answers[ethnicity]']:checked")!.GetAttribute("value"));
        Assert.Equal("Your diversity information is deleted", withdrawn.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
        Assert.Null(after.QuerySelector("input[name='Answers[ethnicity]']:checked"));
        Assert.Null(after.QuerySelector("input[name=Consent]:checked"));
    }

    [Fact]
    public async Task Save_WithoutConsentOrWithAnUnknownAnswer_KeepsNothingAndSaysWhy()
    {
        using var client = await app.ClientFor("professional@goldenthread.example");

        var page = await Post(client, "Save", new() { ["Answers[ethnicity]"] = "Q", ["Answers[sex]"] = "female" });

        Assert.StartsWith("Error:", page.Title);
        Assert.Equal(["Select your answer about ethnicity from the list", "Confirm that you agree to GoldenThread keeping this information, or leave this page"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.TextContent));
        Assert.Equal("#answers-ethnicity", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#answers-ethnicity"));
        Assert.Null(GoldenThreadApp.Parse(await client.GetStringAsync(Page)).QuerySelector("input[name=Consent]:checked"));
    }

    [Fact]
    public async Task Get_AccountNotLinkedToAPerson_SaysSoAndOffersNoForm()
    {
        using var client = await app.ClientFor("secretary@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page));

        Assert.Contains("not linked to anyone in this system's register", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("input[name=Consent]"));
    }

    [Fact]
    public async Task AuditLogAndNetworkFile_AfterSaving_NeverHoldTheAnswers()
    {
        using var professional = await app.ClientFor("professional@goldenthread.example");
        await Post(professional, "Save", new() { ["Answers[ethnicity]"] = "K", ["Answers[disability]"] = "yes", ["Consent"] = "true" });
        using var leader = await app.ClientFor("leader@goldenthread.example");

        var log = GoldenThreadApp.Parse(await leader.GetStringAsync("/systems/QXV/audit?entity=DiversityRecord"));
        var api = await leader.GetStringAsync("/api/v1/systems/QXV/audit?entity=DiversityRecord");
        var kept = await app.Query(db => db.AuditEntries.Where(e => e.Entity == "DiversityRecord").ToListAsync());

        // When someone gave their answers is not listed: beside counts that move, it would tell what they answered.
        Assert.DoesNotContain(log.QuerySelectorAll("#entity option"), o => o.TextContent == "DiversityRecord");
        Assert.Equal(0, System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(api).GetProperty("total").GetInt32());
        // It is kept, as one change that names no answer and no category.
        Assert.NotEmpty(kept);
        Assert.All(kept.SelectMany(e => e.Changes), c => Assert.DoesNotContain(c.Property, new[] { "Ethnicity", "Sex", "Disability", "AgeBand" }));
        Assert.Contains(kept.SelectMany(e => e.Changes), c => c.Property == "Answers" && c.After == "(withheld)");
        var file = await leader.GetStringAsync("/api/v1/systems/QXV/network");
        Assert.DoesNotContain("\"ethnicity\"", file, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"disability\"", file, StringComparison.OrdinalIgnoreCase);
    }
}
