using GoldenThread.Access;
using GoldenThread.Development;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.People;

/// <summary>The development record on a person's page, on <see cref="DevelopmentRows.AdaDevelopmentAsync"/>'s rows.</summary>
public class DetailDevelopmentTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>, IAsyncLifetime
{
    private const string Stranger = "qaa.professional@example.org";
    private const string Ada = "ada.brook@example.org";
    private Guid ada, roundId, pairId, setId;

    public async Task InitializeAsync()
    {
        await app.CreateAccountOnceAsync(Stranger, Roles.Professional, GoldenThreadApp.OtherSystem);
        (ada, _, roundId, pairId, setId) = await app.AdaDevelopmentAsync();
        await app.CreateAccountOnceAsync(Ada, Roles.Professional, GoldenThreadApp.OtherSystem, ada);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> AdaPageFor(string email)
    {
        using var client = await app.ClientFor(email);
        return GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/{GoldenThreadApp.OtherSystem}/people/{ada}"));
    }

    [Fact]
    public async Task Get_LeadershipTeam_SeesTimeReleasedByYearAndEveryActivity()
    {
        var page = await AdaPageFor(GoldenThreadApp.OtherSystemLeader);

        var heading = page.QuerySelectorAll("h3").Select(h => h.TextContent).First(t => t.StartsWith("Time released"));
        Assert.Equal("Time released by Riverton Hospitals NHS Foundation Trust", heading);
        var tables = page.QuerySelectorAll("#development ~ table").ToList();
        Assert.Equal([["2026/27", "3.5", "1.5", "3", "8 hours (1.1 days)"], ["2025/26", "0", "1", "0", "1 hour"]], DevelopmentRows.Cells(tables[0]));
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("A further 6.5 hours (0.9 days) are planned.", main);
        Assert.Contains("1 learning-set session has passed without attendance being recorded, so it does not count yet.", main);

        var activities = DevelopmentRows.Cells(tables[1]);
        Assert.Equal(["10 Jun 2030", "4 Jun 2030", "12 Oct 2026", "1 Oct 2026", "15 Sep 2026", "1 Sep 2026", "15 Mar 2026"], activities.Select(r => r[0]));
        Assert.Equal(("Learning set", "3", "To come"), (activities[0][1], activities[0][3], activities[0][4]));
        Assert.Equal("Summer swaps: visiting Ben Carter at Hillshire County Council (afternoon)", activities[1][2]);
        Assert.Equal("Mentoring meeting with Ben Carter, their mentor", activities[2][2]);
        Assert.Equal(("Frailty set: Session of 2026-10-01", "Attendance not recorded"), (activities[3][2], activities[3][4]));
        Assert.Equal(("Summer swaps: hosting Ben Carter from Hillshire County Council (morning)", "Took place"), (activities[5][2], activities[5][4]));
        Assert.DoesNotContain("Session of 2026-08-20", main);
        Assert.DoesNotContain(DevelopmentRows.PrivateWords, main);

        var links = page.QuerySelectorAll("#development ~ table a").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal([$"/systems/QAA/learning-sets/{setId}", $"/systems/QAA/development/exchanges/{roundId}",
            $"/systems/QAA/development/mentoring/rounds/{await app.Query(db => db.Mentorships.Where(m => m.Id == pairId).Select(m => m.RoundId).SingleAsync())}"], links);
    }

    [Fact]
    public async Task Get_ThePersonThemselves_SeesTheirRecordWithLinksToTheirOwnPages()
    {
        var page = await AdaPageFor(Ada);

        var links = page.QuerySelectorAll("#development ~ table a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains($"/systems/QAA/development/exchanges/{roundId}/mine", links);
        Assert.Contains($"/systems/QAA/development/mentoring/pairs/{pairId}", links);
    }

    [Fact]
    public async Task Get_AnotherProfessional_DoesNotSeeTheRecord()
    {
        var page = await AdaPageFor(Stranger);

        Assert.Equal("Ada Brook", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("#development"));
        Assert.DoesNotContain("Summer swaps", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Get_SomeoneWithNoDevelopment_IsToldSo()
    {
        var cleo = await app.Query(async db =>
        {
            var system = await db.Systems.Where(s => s.Code == GoldenThreadApp.OtherSystem).Select(s => s.Id).SingleAsync();
            var person = new GoldenThread.Network.Person
            {
                SystemId = system, Name = "Cleo Dunn", Profession = "nursing", Setting = "community", Seniority = "senior",
            };
            db.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        using var client = await app.ClientFor(GoldenThreadApp.OtherSystemLeader);

        var page = GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/QAA/people/{cleo}"));

        Assert.Equal("Cleo Dunn has not taken part in a workplace exchange, mentoring or an action learning set yet.",
            page.QuerySelector("#development + p")!.TextContent);
    }
}
