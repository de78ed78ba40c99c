using GoldenThread.Data.Access;
using GoldenThread.Data.Network;
using GoldenThread.Development;
using GoldenThread.Interchange;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Development;

public class LearningSetStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 15, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A selected application of <paramref name="network"/>'s system whose first member is its first person.</summary>
    private static (ProgrammeRound Round, TeamApplication Application) Selected(NetworkEntities network)
    {
        var round = new ProgrammeRound { Code = "2026-spring", Name = "Spring 2026", State = RoundState.Closed, CreatedAt = Now };
        var person = network.People[0];
        var application = new TeamApplication
        {
            SystemId = network.System.Id, RoundId = round.Id, Reference = "a1", State = ApplicationState.Submitted, Decision = ApplicationDecision.Selected,
            CreatedAt = Now, UpdatedAt = Now, SubmittedAt = Now,
            Content = new()
            {
                TeamName = "Falls first",
                WickedIssue = new() { Title = "Falls at home", Description = "Older people fall at home.", PriorityArea = "frailty" },
                Members = [new() { PersonId = person.Id, Name = person.Name, Organisation = "Riverton Hospitals", Sector = "nhs-acute", Seniority = "senior", Function = "clinical" },
                           new() { Name = "Named only", Organisation = "Hillshire County Council", Sector = "local-authority-county", Seniority = "middle", Function = "care" }],
                Measures = [new() { Name = "Falls admissions", Baseline = 42, Target = 38, Unit = "per month" }],
            },
        };
        return (round, application);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_FormedSet_ReadsBackAndASecondSetForTheApplicationIsRefused(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        var (round, application) = Selected(a);
        var register = a.People.Select(p => p.Id).ToHashSet();
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.AddRange(round, application);
            db.AddRange(LearningSetFormation.Form(application, register, new DateOnly(2026, 5, 15), Now).Rows);
            await db.SaveChangesAsync();
        }

        await using (var check = TestContexts.Open(database, SystemScope.Of([a.System.Id])))
        {
            var set = await check.LearningSets.SingleAsync();
            Assert.Equal((application.Id, "Falls first"), (set.ApplicationId!.Value, set.Name));
            Assert.Equal([a.People[0].Id, null], (await check.LearningSetMembers.OrderBy(m => m.PersonId == null).ToListAsync()).Select(m => m.PersonId));
            Assert.Equal(set.Id, (await check.Measures.SingleAsync()).LearningSetId);
        }
        await using var again = TestContexts.Open(database, SystemScope.Unrestricted);
        var stored = await again.TeamApplications.SingleAsync();
        again.AddRange(LearningSetFormation.Form(stored, register, new DateOnly(2026, 5, 16), Now).Rows);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task StageDeletion_AMemberOfALearningSet_KeepsThemInTheSetByNameAndSaysSo(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        var (round, application) = Selected(a);
        var member = a.People[0];
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.AddRange(round, application);
            db.AddRange(LearningSetFormation.Form(application, a.People.Select(p => p.Id).ToHashSet(), new DateOnly(2026, 5, 15), Now).Rows);
            await db.SaveChangesAsync();
        }
        IReadOnlyList<string> consequences;
        await using (var db = TestContexts.Open(database, SystemScope.Of([a.System.Id])))
        {
            // The tiny network's first person holds memberships and posts; end those first, as the register asks.
            db.Memberships.RemoveRange(db.Memberships.Where(m => m.PersonId == member.Id));
            foreach (var post in db.Posts.Include(p => p.Successors).Where(p => p.HolderPersonId == member.Id)) post.HolderPersonId = null;
            foreach (var post in db.Posts.Include(p => p.Successors)) post.Successors.RemoveAll(s => s.PersonId == member.Id);
            consequences = await RegisterDeletion.StageAsync(db, await db.People.SingleAsync(p => p.Id == member.Id), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using var check = TestContexts.Open(database, SystemScope.Unrestricted);
        var kept = await check.LearningSetMembers.SingleAsync(m => m.Name == member.Name);
        Assert.Null(kept.PersonId);
        Assert.Contains($"{member.Name} stays a member of their learning set by name, no longer linked to the register", consequences);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_RunningSet_ReadsBackItsSessionsAttendanceAndNotesAndItsFacilitatorLeavingKeepsTheNoteByName(string provider)
    {
        var (database, a, _) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        var (round, application) = Selected(a);
        var facilitator = a.People[1];
        LearningSetSession session;
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.AddRange(round, application);
            var formed = LearningSetFormation.Form(application, a.People.Select(p => p.Id).ToHashSet(), new DateOnly(2026, 5, 15), Now);
            db.AddRange(formed.Rows);
            formed.Set.FacilitatorPersonId = facilitator.Id;
            session = new LearningSetSession
            {
                SystemId = a.System.Id, LearningSetId = formed.Set.Id, Date = new DateOnly(2026, 6, 4), HalfDay = HalfDay.Afternoon,
                StartsAt = new TimeOnly(13, 30), Hours = 2.75m, Topic = "Asking questions", AttendanceRecordedAt = Now, CreatedAt = Now,
            };
            db.Add(session);
            db.Add(new LearningSetAttendance { SystemId = a.System.Id, SessionId = session.Id, MemberId = formed.Members[0].Id });
            db.Add(new LearningSetNote { SystemId = a.System.Id, LearningSetId = formed.Set.Id, AuthorPersonId = facilitator.Id, AuthorName = facilitator.Name, Text = "Kept to the set", WrittenAt = Now });
            await db.SaveChangesAsync();
        }

        await using (var check = TestContexts.Open(database, SystemScope.Of([a.System.Id])))
        {
            var stored = await check.LearningSetSessions.SingleAsync();
            Assert.Equal((HalfDay.Afternoon, (TimeOnly?)new TimeOnly(13, 30), 2.75m, "Asking questions"), (stored.HalfDay, stored.StartsAt, stored.Hours, stored.Topic));
            Assert.Equal(session.Id, (await check.LearningSetAttendance.SingleAsync()).SessionId);
            Assert.Equal("Kept to the set", (await check.LearningSetNotes.SingleAsync()).Text);
            var trail = await check.AuditEntries.SingleAsync(e => e.Entity == nameof(LearningSetNote));
            Assert.Equal(GoldenThread.Data.Audit.AuditInterceptor.WithheldValue, trail.Changes.Single(c => c.Property == "Text").After);
        }

        IReadOnlyList<string> consequences;
        await using (var db = TestContexts.Open(database, SystemScope.Of([a.System.Id])))
        {
            db.Memberships.RemoveRange(db.Memberships.Where(m => m.PersonId == facilitator.Id));
            foreach (var post in db.Posts.Include(p => p.Successors).Where(p => p.HolderPersonId == facilitator.Id)) post.HolderPersonId = null;
            foreach (var post in db.Posts.Include(p => p.Successors)) post.Successors.RemoveAll(s => s.PersonId == facilitator.Id);
            consequences = await RegisterDeletion.StageAsync(db, await db.People.SingleAsync(p => p.Id == facilitator.Id), CancellationToken.None);
            await db.SaveChangesAsync();
        }
        await using (var check = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            Assert.Null((await check.LearningSets.SingleAsync()).FacilitatorPersonId);
            var note = await check.LearningSetNotes.SingleAsync();
            Assert.Equal((null, facilitator.Name), (note.AuthorPersonId, note.AuthorName));
            Assert.Contains($"The learning set Falls first no longer has {facilitator.Name} as its facilitator", consequences);
        }

        await using (var db = TestContexts.Open(database, SystemScope.Of([a.System.Id])))
        {
            await RegisterDeletion.StageAsync(db, await db.LearningSetSessions.SingleAsync(), CancellationToken.None);
            await db.SaveChangesAsync();
        }
        await using var after = TestContexts.Open(database, SystemScope.Unrestricted);
        Assert.False(await after.LearningSetAttendance.AnyAsync());
        Assert.True(await after.AuditEntries.AnyAsync(e => e.Entity == nameof(LearningSetAttendance) && e.Action == "delete"));
    }
}
