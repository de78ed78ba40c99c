using System.Net;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using static GoldenThread.Testing.ProgrammeRows;

namespace GoldenThread.Web.Pages.Programmes.Selection;

/// <summary>Recording why a decision was made and what the team is told.</summary>
public class DecisionTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static string Page(Guid round, Guid application) => $"/programmes/rounds/{round}/selection/{application}";

    private static Dictionary<string, string> Form(string rationale, string feedback, int version) =>
        new() { ["Rationale"] = rationale, ["Feedback"] = feedback, ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task Post_NoFeedback_AsksForItAndSavesNothing()
    {
        var round = await app.AddRoundAsync();
        var team = await app.AddApplicationAsync(round, "QXV", Eligible("Falls first"));
        using var client = await app.ClientFor(Operator);

        var response = await GoldenThreadApp.PostForm(client, Page(round, team), Form("Strong plan", "  ", 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Enter the feedback the team will see"], ErrorsOf(page));
        Assert.Equal("#feedback", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Null((await app.ApplicationAsync(team)).DecisionRationale);
    }

    [Fact]
    public async Task Post_RationaleAndFeedback_AreSavedAndTheSelectionSaysSo()
    {
        var round = await app.AddRoundAsync();
        var team = await app.AddApplicationAsync(round, "QXV", Eligible("Falls first"));
        using var client = await app.ClientFor(Operator);

        var response = await GoldenThreadApp.PostForm(client, Page(round, team), Form(" Strong plan ", "Well done: you are selected.", 1));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.ApplicationAsync(team);
        Assert.Equal(("Strong plan", "Well done: you are selected."), (saved.DecisionRationale, saved.Feedback));
        var selection = GoldenThreadApp.Parse(await client.GetStringAsync($"/programmes/rounds/{round}/selection"));
        var cell = selection.QuerySelector($"#eligible tr[data-application='{team}'] td.gt-feedback")!;
        Assert.Equal("Feedback Recorded", cell.ChildNodes[0].TextContent + cell.ChildNodes[1].TextContent);
        Assert.Equal($"/programmes/rounds/{round}/selection/{team}", cell.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Post_AfterSomeoneElseSaved_RefusesTheStaleEdit()
    {
        var round = await app.AddRoundAsync();
        var team = await app.AddApplicationAsync(round, "QXV", Eligible("Falls first"));
        using var client = await app.ClientFor(Operator);
        await GoldenThreadApp.PostForm(client, Page(round, team), Form("First", "First feedback", 1));

        var response = await GoldenThreadApp.PostForm(client, Page(round, team), Form("Second", "Second feedback", 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Someone else changed this decision", ErrorsOf(GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync())).Single());
        Assert.Equal("First feedback", (await app.ApplicationAsync(team)).Feedback);
    }

    [Fact]
    public async Task Get_AWithdrawnOrUnknownApplication_IsNotFound()
    {
        var round = await app.AddRoundAsync();
        using var client = await app.ClientFor(Operator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Page(round, Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task Get_AfterOutcomesArePublished_ShowsTheRecordWithoutAForm()
    {
        var round = await app.AddRoundAsync();
        var team = await app.AddApplicationAsync(round, "QXV", Eligible("Falls first"), decision: ApplicationDecision.NotSelected, feedback: "Not this time.");
        await app.Query(async db =>
        {
            var stored = await db.ProgrammeRounds.FindAsync(round);
            stored!.OutcomesPublishedAt = Opened.AddDays(60);
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page(round, team)));

        Assert.Null(page.QuerySelector("main form"));
        Assert.Contains("Not this time.", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Not selected", page.QuerySelector("#decision")!.TextContent);
    }
}
