using System.Net;
using GoldenThread.Audit;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>Changing a round: at once while no team has submitted; after that, only knowing what it does, with a reason.</summary>
public class SettingsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static string Path(ProgrammeRound round) => $"/programmes/rounds/{round.Id}/settings";

    /// <summary>The settings form as the page fills it, with some fields changed.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FormWith(HttpClient client, ProgrammeRound round, params (string Key, string Value)[] changes)
    {
        var form = GoldenThreadApp.FormValues(GoldenThreadApp.Parse(await client.GetStringAsync(Path(round))));
        foreach (var (key, value) in changes)
        {
            form.RemoveAll(f => f.Key == key);
            form.Add(new(key, value));
        }
        return form;
    }

    private Task<ProgrammeRound> Stored(ProgrammeRound round) => app.Query(db => db.ProgrammeRounds.AsNoTracking().SingleAsync(r => r.Id == round.Id));

    [Fact]
    public async Task Post_RuleChangeAfterTeamsSubmitted_AsksToConfirmListingWhatChangesAndSavesNothing()
    {
        var round = await app.CopyOfDemoRound("settings-confirm");
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var response = await GoldenThreadApp.PostForm(client, Path(round), await FormWith(client, round, ("MaxTeamsPerSystem", "6")));
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Check the change to the round’s rules", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Teams per system", "5", "6"], page.QuerySelectorAll("#differences tbody td").Select(td => td.LastChild!.TextContent));
        // A sixth place for QXV: its sixth complete team, GT-0006, becomes eligible; no one else changes (QXV's
        // people were over 40 already, so its warning stays).
        var effect = Assert.Single(page.QuerySelectorAll("#effects tbody tr"));
        Assert.Equal("GT-0006", effect.GetAttribute("data-reference"));
        Assert.Equal("Eligible", effect.QuerySelector("[data-after] .nhsuk-tag")!.TextContent);
        Assert.Contains("Teams per system fail to pass", effect.TextContent);
        Assert.NotNull(page.QuerySelector("textarea[name=Reason]"));
        Assert.Equal(5, (await Stored(round)).MaxTeamsPerSystem);
    }

    [Fact]
    public async Task Confirm_WithoutReason_AsksForOneAndSavesNothing()
    {
        var round = await app.CopyOfDemoRound("settings-no-reason");
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var response = await GoldenThreadApp.PostForm(client, Path(round) + "?handler=Confirm",
            await FormWith(client, round, ("MinTeamSize", "9"), ("Reason", " ")), tokenFrom: Path(round));
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("#reason", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("9", page.QuerySelector("input[type=hidden][name=MinTeamSize]")!.GetAttribute("value"));
        Assert.Equal(6, (await Stored(round)).MinTeamSize);
    }

    [Fact]
    public async Task Confirm_WithReason_SavesTheChangeAndTheAuditKeepsValuesReasonAndEligibility()
    {
        var round = await app.CopyOfDemoRound("settings-confirmed");
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var response = await GoldenThreadApp.PostForm(client, Path(round) + "?handler=Confirm",
            await FormWith(client, round, ("MaxTeamsPerSystem", "6"), ("Reason", "The board agreed a sixth place for systems over a million people")),
            tokenFrom: Path(round));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(6, (await Stored(round)).MaxTeamsPerSystem);
        var id = round.Id.ToString();
        var entry = await app.Query(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == nameof(ProgrammeRound) && a.EntityId == id && a.Action == "update"));
        Assert.Equal(ProgrammeRows.OperatorName, entry.ActorName);
        Assert.Contains(new AuditChange("MaxTeamsPerSystem", "5", "6"), entry.Changes);
        Assert.Contains(new AuditChange("Reason", null, "The board agreed a sixth place for systems over a million people"), entry.Changes);
        Assert.Contains(new AuditChange("Eligibility", null, "GT-0006 (Dementia-friendly Hollowmere, QXV) becomes eligible: Teams per system fail to pass"), entry.Changes);

        // Eligibility is read again under the new rules, and the round's page keeps the change with its reason.
        var overview = GoldenThreadApp.Parse(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("Round settings-confirmed changed: 1 application's eligibility changed", overview.QuerySelector(".nhsuk-notification-banner__heading")!.TextContent);
        Assert.StartsWith("12 submitted, 8 eligible", overview.QuerySelector("#counts")!.TextContent.Trim());
        Assert.Contains("Reason: (none) → The board agreed a sixth place", overview.QuerySelector("#changes")!.TextContent);
    }

    [Fact]
    public async Task Post_NoTeamHasSubmitted_SavesAtOnceWithoutAskingForAReason()
    {
        var round = await app.CopyOfDemoRound("settings-empty", withApplications: false);
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var response = await GoldenThreadApp.PostForm(client, Path(round), await FormWith(client, round, ("MinTeamSize", "8"), ("PeoplePerSystem", "50")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((8, 50), ((await Stored(round)).MinTeamSize, (await Stored(round)).PeoplePerSystem));
    }

    [Fact]
    public async Task Post_OnlyTheNameAfterTeamsSubmitted_SavesAtOnce()
    {
        var round = await app.CopyOfDemoRound("settings-rename");
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var response = await GoldenThreadApp.PostForm(client, Path(round), await FormWith(client, round, ("Name", "Autumn 2026 round (first)")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Autumn 2026 round (first)", (await Stored(round)).Name);
    }

    [Fact]
    public async Task Post_SystemWithApplicationsLeftOut_IsRefused()
    {
        var round = await app.CopyOfDemoRound("settings-leave");
        using var client = await app.ClientFor(ProgrammeRows.Operator);
        var form = await FormWith(client, round);
        form.RemoveAll(f => f.Key == "Systems" && f.Value == "QKS");

        var page = GoldenThreadApp.Parse(await (await GoldenThreadApp.PostForm(client, Path(round), form)).Content.ReadAsStringAsync());

        Assert.Equal("Error: QKS cannot leave the round: it has applications in it", page.QuerySelector("#systems-error")!.TextContent.Trim());
        Assert.Equal(3, (await Stored(round)).Systems.Count);
    }

    [Fact]
    public async Task Post_StaleVersion_SaysSomeoneElseChangedItAndShowsTheRoundAsItIsNow()
    {
        var round = await app.CopyOfDemoRound("settings-stale", withApplications: false);
        using var client = await app.ClientFor(ProgrammeRows.Operator);
        var form = await FormWith(client, round, ("Name", "Mine"));
        await app.Query(async db =>
        {
            var stored = await db.ProgrammeRounds.SingleAsync(r => r.Id == round.Id);
            stored.Name = "Theirs";
            return await db.SaveChangesAsync();
        });

        var response = await GoldenThreadApp.PostForm(client, Path(round), form);
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this round while you were editing it", page.QuerySelector(".nhsuk-error-summary")!.TextContent);
        Assert.Equal("Theirs", page.QuerySelector("#name")!.GetAttribute("value"));
        Assert.Equal("Theirs", (await Stored(round)).Name);
    }

    [Fact]
    public async Task Refresh_SystemsRecordChanged_OffersItsNewAreasAndTakesThemOnlyWhenAsked()
    {
        var round = await app.CopyOfDemoRound("settings-refresh", withApplications: false);
        await app.Query(async db =>
        {
            var qop = await db.Systems.SingleAsync(s => s.Code == "QOP");
            qop.PriorityAreas = [.. qop.PriorityAreas, "cardiovascular disease"];
            return await db.SaveChangesAsync();
        });
        using var client = await app.ClientFor(ProgrammeRows.Operator);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Path(round)));
        var kept = await GoldenThreadApp.PostForm(client, Path(round), await FormWith(client, round, ("Name", "Kept areas")));
        var areasKept = (await Stored(round)).Systems.Single(s => s.Code == "QOP").PriorityAreas;
        var refreshed = await GoldenThreadApp.PostForm(client, Path(round), await FormWith(client, round, ("Refresh", "QOP")));

        Assert.Equal(["QOP"], page.QuerySelectorAll("input[name=Refresh]").Select(i => i.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.DoesNotContain("cardiovascular disease", areasKept);
        Assert.Equal(HttpStatusCode.Redirect, refreshed.StatusCode);
        Assert.Contains("cardiovascular disease", (await Stored(round)).Systems.Single(s => s.Code == "QOP").PriorityAreas);
    }
}
