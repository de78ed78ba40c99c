using GoldenThread.Development;
using GoldenThread.Testing;
using GoldenThread.Web.Pages.Bodies;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.People;

/// <summary>
/// A development record to read, in the other system's register. Ada Brook has, with fixed dates so the arithmetic holds
/// whenever the tests run:
/// - an exchange with Ben Carter: visit 1 at Ada's on 1 Sep 2026 (3.5 h, took place), visit 2 at Ben's in June 2030 (planned);
/// - mentoring by Ben: meetings of 1 h on 15 Mar 2026 (the year 2025/26) and 1.5 h on 12 Oct 2026, with private notes;
/// - a learning set: 3 h on 15 Sep 2026 attended; 3 h on 20 Aug 2026 recorded without her (not listed);
///   3 h on 1 Oct 2026 with no attendance taken (unrecorded); 3 h in June 2030 (planned).
/// So 2026/27 is 3.5 + 1.5 + 3 = 8 hours, 2025/26 is 1 hour, and 3.5 + 3 = 6.5 hours are planned.
/// </summary>
public static class DevelopmentRows
{
    public const string PrivateWords = "Talked about my manager";

    public sealed record AdaDevelopment(Guid Ada, Guid Ben, Guid RoundId, Guid PairId, Guid SetId);

    /// <summary>Writes Ada's record the first time it is asked for in an app; the same rows after.</summary>
    public static async Task<AdaDevelopment> AdaDevelopmentAsync(this GoldenThreadApp app)
    {
        var (ada, ben) = (await app.Person(GoldenThreadApp.OtherSystem, "Ada Brook"), await app.Person(GoldenThreadApp.OtherSystem, "Ben Carter"));
        return await app.Query(async db =>
        {
            if (await db.ExchangeRounds.Where(r => r.Title == "Summer swaps").Select(r => r.Id).SingleOrDefaultAsync() is var existing && existing != default)
                return new AdaDevelopment(ada, ben, existing,
                    await db.Mentorships.Where(m => m.MenteePersonId == ada).Select(m => m.Id).SingleAsync(),
                    await db.LearningSets.Where(s => s.Name == "Frailty set").Select(s => s.Id).SingleAsync());
            var system = await db.Systems.Where(s => s.Code == GoldenThreadApp.OtherSystem).Select(s => s.Id).SingleAsync();
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
            return new AdaDevelopment(ada, ben, round.Id, pair.Id, set.Id);
        });
    }

    /// <summary>An account with one role, made the first time it is asked for, and linked to <paramref name="personId"/> when given.</summary>
    public static async Task CreateAccountOnceAsync(this GoldenThreadApp app, string email, string role, string system, Guid? personId = null)
    {
        if (await app.Query(db => db.Users.AnyAsync(u => u.Email == email))) return;
        await app.CreateAccount(email, role, system);
        if (personId is null) return;
        await app.Query(async db =>
        {
            (await db.Users.SingleAsync(u => u.Email == email)).PersonId = personId;
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>Each row's cells as read, without the headings the responsive table repeats in each cell for narrow screens.</summary>
    public static List<string[]> Cells(AngleSharp.Dom.IElement table) =>
        [.. table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c =>
            c.TextContent[(c.QuerySelector(".nhsuk-table-responsive__heading")?.TextContent.Length ?? 0)..].Trim()).ToArray())];
}
