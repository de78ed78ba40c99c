using System.Net;
using GoldenThread.Testing;
using GoldenThread.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.LearningSets;

/// <summary>The system's learning sets, as the demo's Spring 2026 round formed them, and each set's members and measures.</summary>
public class LearningSetsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    private const string Professional = "professional@goldenthread.example";

    private Task<Guid> SetId(string name) => app.Query(db => db.LearningSets.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task Index_DemoSystem_ListsItsSetsWithTheirIssueMembersAndWhatTheyWereFormedFrom()
    {
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync("/systems/QXV/learning-sets"));

        var rows = page.QuerySelectorAll("#learning-sets tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.LastChild!.TextContent).ToArray()).ToList();
        // The demo's registration formed its two sets three weeks ago; the programme's teams became sets in May.
        Assert.Equal(
            [
                ["Hollowmere Young Minds", "Waits for children's mental health support", "children and young people", "6", "Spring 2026", "15 May 2026"],
                ["Severnmouth Falls Collaborative", "Falls at home among older people", "frailty", "7", "Spring 2026", "15 May 2026"],
            ],
            rows.Where(r => r[4] == "Spring 2026"));
        var registered = rows.Where(r => r[4] == DemoLearningSetRegistrations.FormedTitle).ToList();
        Assert.Equal([$"{DemoLearningSetRegistrations.FormedTitle}: set 1", $"{DemoLearningSetRegistrations.FormedTitle}: set 2"], registered.Select(r => r[0]));
        Assert.Equal(["8", "8"], registered.Select(r => r[3]));
        Assert.NotNull(page.QuerySelector("header a[href='/systems/QXV/development']"));
    }

    [Fact]
    public async Task Detail_DemoSet_ShowsMembersLinkedToTheRegisterAndMeasuresWithTheirReading()
    {
        var id = await SetId("Severnmouth Falls Collaborative");
        using var client = await app.ClientFor(Professional);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/learning-sets/{id}"));

        Assert.Equal(7, page.QuerySelectorAll("#members tbody tr").Length);
        Assert.Equal(7, page.QuerySelectorAll("#members tbody a[href^='/systems/QXV/people/']").Length);
        Assert.Contains("Falls at home among older people", page.QuerySelector("#wicked-issue")!.TextContent);
        var measures = page.QuerySelectorAll("#measures tbody tr").ToList();
        Assert.Equal(["Emergency admissions after a fall, people aged 65 and over", "People given a falls plan within 7 days of a fall"],
            measures.Select(r => r.QuerySelector("td a")!.TextContent));
        Assert.Contains("Baseline at application: 118 admissions a month", measures[0].TextContent);
        Assert.All(measures, r => Assert.NotNull(r.QuerySelector("td[data-variation]")));
        Assert.Equal("special_cause_improvement", measures[0].QuerySelector("td[data-variation]")!.GetAttribute("data-variation"));
    }

    [Fact]
    public async Task Detail_FromAnotherSystem_IsNotFound()
    {
        var id = await SetId("Severnmouth Falls Collaborative");
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/systems/QAA/learning-sets/{id}")).StatusCode);
    }

    [Fact]
    public async Task MeasuresBoard_FilteredByALearningSet_ShowsItsMeasuresAndEachSaysWhichSetItIsOf()
    {
        var id = await SetId("Hollowmere Young Minds");
        using var client = await app.ClientFor(Professional);

        var board = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QXV/measures?body={id}"));
        var names = board.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        var measure = board.QuerySelector("tbody tr td:first-child a")!.GetAttribute("href")!;
        var detail = GoldenThreadApp.Parse(await client.GetStringAsync(measure));

        Assert.Equal(["Mental health support sessions in schools", "Young people waiting more than 18 weeks for support"], names);
        Assert.NotNull(board.QuerySelector($"optgroup[label='Learning sets'] option[value='{id}'][selected]"));
        Assert.Equal("Hollowmere Young Minds", detail.QuerySelector("#learning-set a")!.TextContent);
        Assert.Equal($"/systems/QXV/learning-sets/{id}", detail.QuerySelector("#learning-set a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task DemoRound_ItsSelectedApplicationsPointToTheirSets()
    {
        var pairs = await app.Query(db => db.TeamApplications
            .Where(a => db.ProgrammeRounds.Any(r => r.Id == a.RoundId && r.Code == DemoSelection.RoundCode) && a.LearningSetId != null)
            .Select(a => new { a.Id, a.LearningSetId, Set = db.LearningSets.Where(s => s.ApplicationId == a.Id).Select(s => (Guid?)s.Id).Single() })
            .ToListAsync());

        Assert.Equal(2, pairs.Count);
        Assert.All(pairs, p => Assert.Equal(p.Set, p.LearningSetId));
    }
}
