using GoldenThread.Access;
using GoldenThread.Development;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.People;

/// <summary>
/// The development record on a person's page. Ada Brook (the other system's register) has, with fixed dates so the
/// arithmetic below holds whenever the test runs:
/// - an exchange with Ben Carter: visit 1 at Ada's on 1 Sep 2026 (3.5 h, took place), visit 2 at Ben's in June 2030 (planned);
/// - mentoring by Ben: meetings of 1 h on 15 Mar 2026 (the year 2025/26) and 1.5 h on 12 Oct 2026, with private notes;
/// - a learning set: 3 h on 15 Sep 2026 attended; 3 h on 20 Aug 2026 recorded without her (not listed);
///   3 h on 1 Oct 2026 with no attendance taken (unrecorded); 3 h in June 2030 (planned).
/// So 2026/27 is 3.5 + 1.5 + 3 = 8 hours, 2025/26 is 1 hour, and 3.5 + 3 = 6.5 hours are planned.
/// </summary>
public class DetailDevelopmentTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>, IAsyncLifetime
{
    private const string Stranger = "qaa.professional@example.org";
    private const string Ada = "ada.brook@example.org";
    private const string PrivateWords = "Talked about my manager";
    private Guid ada, ben, roundId, pairId, setId;

    public async Task InitializeAsync()
    {
        (ada, ben) = (await app.Person(GoldenThreadApp.OtherSystem, "Ada Brook"), await app.Person(GoldenThreadApp.OtherSystem, "Ben Carter"));
        if (await app.Query(db => db.ExchangeRounds.AnyAsync(r => r.Title == "Summer swaps")))
        {
            (roundId, pairId, setId) = await app.Query(async db => (
                await db.ExchangeRounds.Where(r => r.Title == "Summer swaps").Select(r => r.Id).SingleAsync(),
                await db.Mentorships.Where(m => m.MenteePersonId == ada).Select(m => m.Id).SingleAsync(),
                await db.LearningSets.Where(s => s.Name == "Frailty set").Select(s => s.Id).SingleAsync()));
            return;
        }
        await app.CreateAccount(Stranger, Roles.Professional, GoldenThreadApp.OtherSystem);
        await app.CreateAccount(Ada, Roles.Professional, GoldenThreadApp.OtherSystem);
        (roundId, pairId, setId) = await app.Query(async db =>
        {
            var system = await db.Systems.Where(s => s.Code == GoldenThreadApp.OtherSystem).Select(s => s.Id).SingleAsync();
            (await db.Users.SingleAsync(u => u.Email == Ada)).PersonId = ada;
            var round = new ExchangeRound
            {
                SystemId = system, Title = "Summer swaps", Slots = ["2026-09-01-am", "2030-06-04-pm"], SignUpClosesOn = new(2026, 8, 1),
                Status = ExchangeRoundStatus.Published, VisitHours = 3.5m, CreatedAt = FrameworkRows.Created, PublishedAt = FrameworkRows.Created,
            };
            var pairing = new ExchangePairing
            {
                SystemId = system, RoundId = round.Id, PersonA = ada, PersonB = ben, Score = 16, Why = "base 10", FirstVisit = "2026-09-01-am",
                SecondVisit = "2030-06-04-pm", ProposedAt = FrameworkRows.Created, PublishedAt = FrameworkRows.Created,
            };
            var mentoring = new MentoringRound
            {
                SystemId = system, Title = "Mentoring 2026", Status = MentoringRoundStatus.Published, ClosesOn = new(2026, 2, 1), CreatedAt = FrameworkRows.Created,
            };
            var pair = new Mentorship { SystemId = system, RoundId = mentoring.Id, MentorPersonId = ben, MenteePersonId = ada, Score = 10, Status = MentorshipStatus.Published };
            var set = new LearningSet { SystemId = system, Name = "Frailty set", FormedOn = new(2026, 7, 1), CreatedAt = FrameworkRows.Created };
            var member = new LearningSetMember { SystemId = system, LearningSetId = set.Id, PersonId = ada, Name = "Ada Brook" };
            var sessions = new[] { ("2026-09-15", true), ("2026-08-20", true), ("2026-10-01", false), ("2030-06-10", false) }.Select(s => new LearningSetSession
            {
                SystemId = system, LearningSetId = set.Id, Date = DateOnly.Parse(s.Item1), Hours = 3m, Topic = $"Session of {s.Item1}",
                AttendanceRecordedAt = s.Item2 ? FrameworkRows.Created : null, CreatedAt = FrameworkRows.Created,
            }).ToList();
            db.AddRange(round, pairing, mentoring, pair, set, member);
            db.AddRange(sessions);
            db.AddRange(new[] { ("2026-03-15", 1m), ("2026-10-12", 1.5m) }.Select(m => new MentoringMeeting
            {
                SystemId = system, MentorshipId = pair.Id, HeldOn = DateOnly.Parse(m.Item1), Hours = m.Item2, Notes = PrivateWords,
                RecordedByPersonId = ada, RecordedAt = FrameworkRows.Created,
            }));
            db.Add(new LearningSetAttendance { SystemId = system, SessionId = sessions[0].Id, MemberId = member.Id });
            await db.SaveChangesAsync();
            return (round.Id, pair.Id, set.Id);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> AdaPageFor(string email)
    {
        using var client = await app.ClientFor(email);
        return GoldenThreadApp.Parse(await client.GetStringAsync($"/systems/{GoldenThreadApp.OtherSystem}/people/{ada}"));
    }

    /// <summary>Each row's cells as read, without the headings the responsive table repeats in each cell for narrow screens.</summary>
    private static List<string[]> Rows(AngleSharp.Dom.IElement table) =>
        [.. table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c =>
            c.TextContent[(c.QuerySelector(".nhsuk-table-responsive__heading")?.TextContent.Length ?? 0)..].Trim()).ToArray())];

    [Fact]
    public async Task Get_LeadershipTeam_SeesTimeReleasedByYearAndEveryActivity()
    {
        var page = await AdaPageFor(GoldenThreadApp.OtherSystemLeader);

        var heading = page.QuerySelectorAll("h3").Select(h => h.TextContent).First(t => t.StartsWith("Time released"));
        Assert.Equal("Time released by Riverton Hospitals NHS Foundation Trust", heading);
        var tables = page.QuerySelectorAll("#development ~ table").ToList();
        Assert.Equal([["2026/27", "3.5", "1.5", "3", "8 hours (1.1 days)"], ["2025/26", "0", "1", "0", "1 hour"]], Rows(tables[0]));
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("A further 6.5 hours (0.9 days) are planned.", main);
        Assert.Contains("1 learning-set session has passed without attendance being recorded, so it does not count yet.", main);

        var activities = Rows(tables[1]);
        Assert.Equal(["10 Jun 2030", "4 Jun 2030", "12 Oct 2026", "1 Oct 2026", "15 Sep 2026", "1 Sep 2026", "15 Mar 2026"], activities.Select(r => r[0]));
        Assert.Equal(("Learning set", "3", "To come"), (activities[0][1], activities[0][3], activities[0][4]));
        Assert.Equal("Summer swaps: visiting Ben Carter at Hillshire County Council (afternoon)", activities[1][2]);
        Assert.Equal("Mentoring meeting with Ben Carter, their mentor", activities[2][2]);
        Assert.Equal(("Frailty set: Session of 2026-10-01", "Attendance not recorded"), (activities[3][2], activities[3][4]));
        Assert.Equal(("Summer swaps: hosting Ben Carter from Hillshire County Council (morning)", "Took place"), (activities[5][2], activities[5][4]));
        Assert.DoesNotContain("Session of 2026-08-20", main);
        Assert.DoesNotContain(PrivateWords, main);

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
