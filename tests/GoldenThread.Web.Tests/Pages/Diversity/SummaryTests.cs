using System.Net;
using System.Text.Json;
using CsCheck;
using GoldenThread.Data;
using GoldenThread.Diversity;
using GoldenThread.Testing;
using GoldenThread.Web.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Pages.Diversity;

public class SummaryTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private static readonly string[] Populations = ["register", "members", "system", "place", "neighbourhood"];

    [Fact]
    public async Task Get_ManyAnswers_CountsBroadGroupsAndWithholdsSmallOnes()
    {
        // 150 White British and 3 Indian answers among the demo system's 298 people.
        await ReplaceRecords("QXV", 153, new Random(3), index => index < 150 ? "A" : "H");
        using var client = await app.ClientFor("professional@goldenthread.example");

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/diversity"));
        var ethnicity = page.QuerySelectorAll("#diversity-ethnicity tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);

        Assert.Equal("298 people; 155 gave diversity information.", page.QuerySelector("#respondents")!.TextContent); // 153 rounds to 155
        Assert.Equal("150", ethnicity["White"]);
        Assert.Equal("fewer than 10", ethnicity["Asian or Asian British"]);
        Assert.Equal("fewer than 10", ethnicity["Mixed or multiple ethnic groups"]);
    }

    [Fact]
    public async Task Get_TinySystem_WithholdsEveryCount()
    {
        await ReplaceRecords("QAA", 2, new Random(1));
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QAA/diversity"));

        Assert.Equal("2 people; fewer than 10 gave diversity information.", page.QuerySelector("#respondents")!.TextContent);
        Assert.All(page.QuerySelectorAll(".gt-diversity td"), td => Assert.Equal("fewer than 10", td.TextContent));
    }

    [Fact]
    public async Task PagesAndApi_AnyAnswersFromAnyNumberOfPeople_NeverShowACountBelowTen()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        await Gen.Select(Gen.Int[0, 298], Gen.Int).SampleAsync(async (people, seed) =>
        {
            await ReplaceRecords("QXV", people, new Random(seed));
            foreach (var population in Populations)
            {
                var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/diversity?population={population}"));
                var shown = page.QuerySelectorAll(".gt-diversity td").Select(td => td.TextContent)
                    .Append(page.QuerySelector("#respondents")!.TextContent.Split("; ")[1].Replace(" gave diversity information.", ""));
                Assert.All(shown, text => Assert.True(text == "fewer than 10" || int.Parse(text, System.Globalization.NumberStyles.AllowThousands) >= 10, $"{population}: {text}"));

                var api = JsonSerializer.Deserialize<JsonElement>(await client.GetStringAsync($"/api/v1/systems/QXV/diversity?population={population}"));
                Assert.All(Counts(api.GetProperty("summary")), n => Assert.True(n >= 10, $"{population} API: {n}"));
            }
        }, iter: 8, threads: 1);
    }

    [Fact]
    public async Task Api_UnknownPopulation_AnswersProblemNamingIt()
    {
        using var client = await app.ClientFor("leader@goldenthread.example");

        var response = await client.GetAsync("/api/v1/systems/QXV/diversity?population=everyone");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("population", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every count in the summary, wherever it sits: each object's "shown" value.</summary>
    private static IEnumerable<int> Counts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "shown" && p.Value.ValueKind == JsonValueKind.Number ? [p.Value.GetInt32()] : Counts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Counts),
        _ => [],
    };

    /// <summary>Replaces a system's diversity records with answers from <paramref name="people"/> random people.</summary>
    private async Task ReplaceRecords(string code, int people, Random random, Func<int, string>? ethnicity = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpSystemScope>().Unrestrict();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        var system = await db.Systems.SingleAsync(s => s.Code == code);
        db.DiversityRecords.RemoveRange(await db.DiversityRecords.Where(d => d.SystemId == system.Id).ToListAsync());
        var ids = await db.People.Where(p => p.SystemId == system.Id).Select(p => p.Id).ToListAsync();
        string? Any(string category) =>
            random.Next(8) == 0 ? null : DiversityVocabulary.Default[category].Values[random.Next(DiversityVocabulary.Default[category].Values.Count)].Code;
        foreach (var (id, index) in ids.OrderBy(_ => random.Next()).Take(people).Select((id, index) => (id, index)))
            db.DiversityRecords.Add(new DiversityRecord
            {
                PersonId = id, SystemId = system.Id, Ethnicity = ethnicity?.Invoke(index) ?? Any("ethnicity"),
                Sex = Any("sex"), Disability = Any("disability"), AgeBand = Any("ageBand"),
            });
        await db.SaveChangesAsync();
    }
}
