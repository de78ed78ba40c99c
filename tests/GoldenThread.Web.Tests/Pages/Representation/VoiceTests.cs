using System.Net;
using AngleSharp.Dom;
using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Testing;
using GoldenThread.Web.Access;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Pages.Representation;

public class VoiceTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Leader = "leader@goldenthread.example";
    private const string Page = "/systems/QXV/representation/voice";
    private static readonly string[] Levels = ["Neighbourhood", "Place", "System", "Region"];

    /// <summary>Each row of a table by its row header: the cells' text, with the symbols (hidden from screen readers) left out.</summary>
    private static Dictionary<string, string[]> Rows(IDocument page, string tableId) =>
        page.QuerySelectorAll($"#{tableId} tbody tr").ToDictionary(
            r => r.QuerySelector("th[scope=row]")!.TextContent,
            r => r.QuerySelectorAll("td").Select(Words).ToArray());

    private static string Words(IElement cell)
    {
        var copy = (IElement)cell.Clone();
        foreach (var symbol in copy.QuerySelectorAll("[aria-hidden=true]")) symbol.Remove();
        return copy.TextContent.Trim();
    }

    [Fact]
    public async Task Get_DemoSystem_SaysInWordsWhereEachProfessionStands()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page));

        var rows = Rows(page, "voice-professions");
        Assert.Equal(Vocabularies.Default.Professions.Select(p => p.Label), rows.Keys);
        // Of the place boards only Severnmouth's decides, and each seats a community pharmacist; the clinical executive
        // and the ICB board seat none.
        Assert.Equal("Decides — on Severnmouth Place Partnership Board", rows["Pharmacy"][1]);
        Assert.Equal("Decides — on Clinical and Care Professional Executive", rows["Midwifery"][1]);
        // Dentists sit only on the leadership group and the senate, both advisory, both feeding the clinical executive.
        Assert.StartsWith("Reaches a deciding body in 1 step (from ", rows["Dentistry"][1]);
        Assert.EndsWith(" to Clinical and Care Professional Executive)", rows["Dentistry"][1]);
        Assert.All(page.QuerySelectorAll("#voice-professions td a"), a => Assert.Matches("^/systems/QXV/bodies/[0-9a-f-]{36}$", a.GetAttribute("href")!));
        Assert.All(rows.Values, cells => Assert.True(int.Parse(cells[0], System.Globalization.NumberStyles.AllowThousands) > 0));
    }

    [Fact]
    public async Task Get_DemoSystem_SummarisesWhatTheTablesSay()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page));

        var summary = page.QuerySelector("#voice-summary")!.TextContent;
        var professions = Rows(page, "voice-professions");
        var deciding = professions.Count(r => r.Value[1].StartsWith("Decides", StringComparison.Ordinal));
        var reaching = professions.Where(r => r.Value[1].StartsWith("Reaches", StringComparison.Ordinal)).Select(r => r.Key).ToList();
        Assert.InRange(reaching.Count, 1, 4);
        Assert.Contains($"(today), of the 13 professions, {deciding} sit on a body that decides and {reaching.Count} reach", summary);
        Assert.All(reaching, name => Assert.Contains(name, summary));
        var sectors = Rows(page, "voice-sectors");
        Assert.Equal(Vocabularies.Default.Sectors.Count, sectors.Count);
        Assert.Contains($"Of the {sectors.Count} sectors, {sectors.Count(r => r.Value[1].StartsWith("Decides", StringComparison.Ordinal))} sit on a body that decides", summary);
    }

    [Fact]
    public async Task Get_DemoSystem_ShowsEachLevelAsATableOfWordsAndSymbols()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync(Page));

        foreach (var (table, heading) in new[] { ("voice-professions-by-level", "Profession"), ("voice-sectors-by-level", "Sector") })
        {
            Assert.NotEmpty(page.QuerySelector($"#{table} caption")!.TextContent.Trim());
            Assert.Equal([heading, .. Levels], page.QuerySelectorAll($"#{table} thead th[scope=col]").Select(th => th.TextContent));
            foreach (var cell in page.QuerySelectorAll($"#{table} tbody td"))
            {
                Assert.Matches("^(Decides|Reaches in \\d+ steps?|Advises only|No voice)$", Words(cell));
                Assert.Matches("^[■→○–] $", cell.QuerySelector("[aria-hidden=true]")!.TextContent); // never colour alone
            }
        }
        var professions = Rows(page, "voice-professions-by-level");
        // A nurse sits on the Severnmouth Central collaborative, which feeds the Severnmouth board, which decides.
        Assert.Equal("Reaches in 1 step", professions["Nursing"][0]);
        Assert.Equal(["No voice", "No voice", "Decides", "No voice"], professions["Midwifery"]);
        Assert.All(professions.Values, cells => Assert.Equal("No voice", cells[3])); // the demo has no regional body
    }

    [Fact]
    public async Task Get_MembershipEndingOnTheDay_StillCountsThatDay()
    {
        // QAA: the social worker chairs the Riverton place board (recommends, feeds the ICB board) until 31 March 2024.
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var lastDay = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/representation/voice?date.day=31&date.month=3&date.year=2024"));
        var dayAfter = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/representation/voice?date.day=1&date.month=4&date.year=2024"));

        Assert.Equal(["1", "Reaches a deciding body in 1 step (from Riverton place board to Test Vale ICB board)"], Rows(lastDay, "voice-professions")["Social work"]);
        Assert.Equal("Reaches a deciding body in 1 step (from Riverton place board to Test Vale ICB board)", Rows(lastDay, "voice-sectors")["Local authority county"][1]);
        Assert.Equal(["0", "No voice — no current member on any body"], Rows(dayAfter, "voice-professions")["Social work"]);
        Assert.Contains("31 March 2024", lastDay.QuerySelector("#voice-professions caption")!.TextContent);
        Assert.Equal("2024", dayAfter.QuerySelector("#date-year")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_ProfessionOnlyOnAnAdvisoryBodyTwoStepsFromADecidingBody_ReachesInTwoSteps()
    {
        // QAA: a new neighbourhood forum (advisory) feeds the Riverton place board (recommends), which feeds the ICB board (decides).
        await AddAdvisoryForumWithAPsychologist();
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/representation/voice?date.day=1&date.month=6&date.year=2023"));

        Assert.Equal("Reaches a deciding body in 2 steps (from Riverton neighbourhood forum through Riverton place board to Test Vale ICB board)",
            Rows(page, "voice-professions")["Psychology"][1]);
        Assert.Equal(["Reaches in 2 steps", "No voice", "No voice", "No voice"], Rows(page, "voice-professions-by-level")["Psychology"]);
    }

    [Fact]
    public async Task Get_DateThatIsNotReal_ShowsTheErrorAndTodaysVoice()
    {
        using var client = await app.ClientFor(Leader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"{Page}?date.day=31&date.month=2&date.year=2025"));

        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("#date", page.QuerySelector(".nhsuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("Date must be a real date", page.QuerySelector("#date-error")!.TextContent);
        Assert.Contains("(today)", page.QuerySelector("#voice-summary")!.TextContent);
        Assert.Equal(13, page.QuerySelectorAll("#voice-professions tbody tr").Length);
    }

    [Fact]
    public async Task Get_MemberOfAnotherSystem_ReturnsNotFound()
    {
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task AddAdvisoryForumWithAPsychologist()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        var system = db.Systems.Single(s => s.Code == GoldenThreadApp.OtherSystem);
        var placeBoard = db.Bodies.Single(b => b.SystemId == system.Id && b.Name == "Riverton place board");
        var forum = new Body
        {
            SystemId = system.Id, Name = "Riverton neighbourhood forum", Kind = "clinical-forum", Level = "neighbourhood",
            PlaceId = placeBoard.PlaceId, DecisionRights = "advisory",
        };
        var psychologist = new Person
        {
            SystemId = system.Id, Name = "Cara Dunn", Profession = "psychology", Setting = "community", Seniority = "middle", Fte = 1m,
        };
        forum.SetFeedsInto([placeBoard.Id]);
        db.AddRange(forum, psychologist, new Membership
        {
            SystemId = system.Id, BodyId = forum.Id, PersonId = psychologist.Id, Role = "member", Capacity = "clinical", Start = new DateOnly(2023, 1, 1),
        });
        await db.SaveChangesAsync();
    }
}
