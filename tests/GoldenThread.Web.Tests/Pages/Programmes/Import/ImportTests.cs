using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Web.Api.ProgrammeRounds;

namespace GoldenThread.Web.Pages.Programmes.Import;

public class ImportTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Operator = "operator@goldenthread.example";
    private static readonly DateTimeOffset Nine = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static string Path(Guid roundId) => $"/programmes/rounds/{roundId}/import";

    private static async Task<HttpResponseMessage> Upload(HttpClient client, Guid roundId, string json, string? token = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token ?? await GoldenThreadApp.AntiforgeryToken(client, Path(roundId))), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "Upload", "APPLICATIONS.json");
        return await client.PostAsync(Path(roundId), form);
    }

    private Task<List<TeamApplication>> StoredIn(Guid roundId) =>
        app.Query(db => db.TeamApplications.AsNoTracking().Where(a => a.RoundId == roundId).OrderBy(a => a.Reference).ToListAsync());

    private static List<string> Summary(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.TextContent.Trim())];

    [Fact]
    public async Task Import_AGoodFile_StoresEveryApplicationSubmittedAtItsTimeAndConfirms()
    {
        var roundId = await app.AddRoundAsync(["QXV", GoldenThreadApp.OtherSystem]);
        using var client = await app.ClientFor(Operator);

        var response = await Upload(client, roundId, $"[{ApplicationJson("i-qxv", "QXV", Nine)}, {ApplicationJson("i-qaa", "qaa", Nine.AddMinutes(5))}]");
        var done = GoldenThreadApp.Parse(await client.GetStringAsync(Path(roundId)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("2 applications imported", done.QuerySelector(".nhsuk-panel h1")!.TextContent.Trim());
        Assert.NotNull(done.QuerySelector($"a[href='/programmes/rounds/{roundId}/applications']"));
        var stored = await StoredIn(roundId);
        Assert.Equal(["i-qaa", "i-qxv"], stored.Select(a => a.Reference));
        Assert.All(stored, a => Assert.Equal((ApplicationState.Submitted, ApplicationSource.Import), (a.State, a.Source)));
        Assert.Equal([Nine.AddMinutes(5), Nine], stored.Select(a => a.SubmittedAt!.Value));
        var systems = await app.Query(db => db.Systems.ToDictionaryAsync(s => s.Id, s => s.Code));
        Assert.Equal([GoldenThreadApp.OtherSystem, "QXV"], stored.Select(a => systems[a.SystemId]));
        var operatorId = await app.Query(db => db.Users.Where(u => u.Email == Operator).Select(u => u.Id).SingleAsync());
        Assert.All(stored, a => Assert.Equal(operatorId, a.CreatedByAccountId));
        Assert.Equal(6, stored[0].Content.Members.Count);
        // The confirmation is said once: the page is the form again afterwards.
        Assert.Null(GoldenThreadApp.Parse(await client.GetStringAsync(Path(roundId))).QuerySelector(".nhsuk-panel"));
    }

    [Fact]
    public async Task Import_AFileWithProblems_ListsEachByJsonPathAndStoresNothing()
    {
        var roundId = await app.AddRoundAsync(["QXV", GoldenThreadApp.OtherSystem]);
        using var client = await app.ClientFor(Operator);
        var badSector = ApplicationJson("p1", "QXV", Nine, Content with { Members = [Content.Members[0], Content.Members[1] with { Sector = "nhs-acut" }] });

        var response = await Upload(client, roundId, $"[{ApplicationJson("good", "QXV", Nine)}, {badSector}, {ApplicationJson("p2", "QZZ", Nine)}]");
        var page = GoldenThreadApp.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: Import applications", page.Title);
        var summary = Summary(page);
        Assert.Equal(3, summary.Count);
        Assert.Equal("The selected file has 2 problems; nothing was imported", summary[0]);
        Assert.StartsWith("[1].members[1].sector: “nhs-acut” is not a sector (nhs-acute, ", summary[1]);
        Assert.Equal("[2].systemCode: “QZZ” is not one of the round's systems (QXV, QAA)", summary[2]);
        Assert.All(page.QuerySelectorAll(".nhsuk-error-summary__list a"), a => Assert.Equal("#upload", a.GetAttribute("href")));
        Assert.Equal("Error: The selected file has 2 problems; nothing was imported", page.QuerySelector("#upload-error")!.TextContent.Trim());
        Assert.Empty(await StoredIn(roundId));
    }

    [Fact]
    public async Task Import_AnIdTheRoundAlreadyHas_IsAProblemAndNothingIsStored()
    {
        var roundId = await app.AddRoundAsync(["QXV", GoldenThreadApp.OtherSystem]);
        await app.AddApplicationAsync(roundId, GoldenThreadApp.OtherSystem, "taken", Nine);
        using var client = await app.ClientFor(Operator);

        var page = GoldenThreadApp.Parse(await (await Upload(client, roundId, $"[{ApplicationJson("fresh", "QXV", Nine)}, {ApplicationJson("taken", "QXV", Nine)}]")).Content.ReadAsStringAsync());

        Assert.Equal(["The selected file has 1 problem; nothing was imported", "[1].id: “taken” is already an application in this round"], Summary(page));
        Assert.Equal(["taken"], (await StoredIn(roundId)).Select(a => a.Reference));
    }

    [Fact]
    public async Task Import_ManyProblems_ListsTheFirstTwentyAndSaysHowManyMore()
    {
        // 25 applications from a system not in the round: 25 problems.
        var roundId = await app.AddRoundAsync(["QXV"]);
        using var client = await app.ClientFor(Operator);
        var json = $"[{string.Join(", ", Enumerable.Range(0, 25).Select(i => ApplicationJson($"m{i}", "QZZ", Nine)))}]";

        var summary = Summary(GoldenThreadApp.Parse(await (await Upload(client, roundId, json)).Content.ReadAsStringAsync()));

        Assert.Equal(22, summary.Count);
        Assert.Equal("The selected file has 25 problems; nothing was imported", summary[0]);
        Assert.Equal("[19].systemCode: “QZZ” is not one of the round's systems (QXV)", summary[20]);
        Assert.Equal("and 5 more problems", summary[21]);
    }

    [Theory]
    [InlineData("", "Select an APPLICATIONS.json file")]
    [InlineData("{\"id\": ", "The selected file has 1 problem; nothing was imported")]
    [InlineData("[]", "The selected file has no applications")]
    public async Task Import_NoFileMalformedOrEmpty_SaysWhy(string json, string message)
    {
        var roundId = await app.AddRoundAsync(["QXV"]);
        using var client = await app.ClientFor(Operator);

        var summary = Summary(GoldenThreadApp.Parse(await (await Upload(client, roundId, json)).Content.ReadAsStringAsync()));

        Assert.Equal(message, summary[0]);
        Assert.Empty(await StoredIn(roundId));
    }

    [Fact]
    public async Task Import_MalformedJson_SaysWhereInTheFile()
    {
        var roundId = await app.AddRoundAsync(["QXV"]);
        using var client = await app.ClientFor(Operator);

        var summary = Summary(GoldenThreadApp.Parse(await (await Upload(client, roundId, "[\n{\"id\": }]")).Content.ReadAsStringAsync()));

        Assert.StartsWith("$: is not valid JSON at line 2, position 8: ", summary[1]);
    }

    [Theory]
    [InlineData("leader@goldenthread.example")]
    [InlineData("reviewer@goldenthread.example")]
    [InlineData(GoldenThreadApp.OtherSystemLeader)]
    public async Task Import_AnyoneButTheOperator_IsRefusedAndNothingIsStored(string email)
    {
        var roundId = await app.AddRoundAsync(["QXV", GoldenThreadApp.OtherSystem]);
        using var client = await app.ClientFor(email);
        var token = await GoldenThreadApp.AntiforgeryToken(client, "/account/password");

        var get = await client.GetAsync(Path(roundId));
        var post = await Upload(client, roundId, $"[{ApplicationJson("sneaky", "QXV", Nine)}]", token);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (get.StatusCode, post.StatusCode));
        Assert.Empty(await StoredIn(roundId));
    }

    [Fact]
    public async Task Import_Anonymous_IsSentToSignIn()
    {
        var roundId = await app.AddRoundAsync(["QXV"]);
        using var client = await app.ClientFor(null);

        var response = await client.GetAsync(Path(roundId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Import_NoSuchRound_IsNotFound()
    {
        using var client = await app.ClientFor(Operator);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Path(Guid.NewGuid()))).StatusCode);
    }
}
