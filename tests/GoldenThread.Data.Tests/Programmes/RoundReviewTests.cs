using GoldenThread.Access;
using GoldenThread.Data.Access;
using GoldenThread.Data.Programmes;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Programmes;

public class RoundReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static Account Reviewer(GoldenThreadDbContext db, string name, Guid? personId)
    {
        var account = new Account { UserName = $"{name}@example.org", Email = $"{name}@example.org", DisplayName = name, PersonId = personId };
        db.Users.Add(account);
        db.RoleAssignments.Add(new RoleAssignment { AccountId = account.Id, Role = Roles.Reviewer });
        return account;
    }

    /// <summary>
    /// QAA's application has Ada Brook (QAA's u1, on its ICB board since 2023) picked from the register and a member who
    /// typed QAA's trust in lower case. Reviewers: Ada's namesake in QBB (a trust of the same name there), QAA's Ben Carter
    /// (on the ICB board since January 2024), and one not in the register.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task LoadAsync_RegisterFacts_ComputesEachReviewersConflictsAndPlansAroundThem(string provider)
    {
        var (database, a, b) = await TwoSystems.CreateAsync(provider);
        await using var _d = database;
        Account elsewhere, colleague, unlinked;
        ProgrammeRound round;
        await using (var db = TestContexts.Open(database, SystemScope.Unrestricted))
        {
            db.Memberships.Add(new Membership { SystemId = a.System.Id, PersonId = a.People[1].Id, BodyId = a.Bodies[0].Id, Role = "member", Capacity = "clinical", Start = new DateOnly(2024, 1, 1) });
            round = new ProgrammeRound
            {
                Code = "r", Name = "Round", State = RoundState.Closed, Rubric = [.. ReviewRubric.Default.Criteria],
                Systems = [new RoundSystem("QAA", ["frailty"]), new RoundSystem("QBB", ["frailty"])],
            };
            var members = ReviewFixtures.EligibleContent("Team", "frailty").Members.ToList();
            members[0] = members[0] with { PersonId = a.People[0].Id, Name = "Ada Brook" };
            members[1] = members[1] with { Organisation = " riverton hospitals nhs foundation trust" };
            db.ProgrammeRounds.Add(round);
            db.TeamApplications.Add(new TeamApplication
            {
                SystemId = a.System.Id, RoundId = round.Id, Reference = "a1", State = ApplicationState.Submitted, SubmittedAt = Now.AddDays(-30),
                Content = ReviewFixtures.EligibleContent("Team", "frailty", members),
            });
            elsewhere = Reviewer(db, "elsewhere", b.People[0].Id);
            colleague = Reviewer(db, "colleague", a.People[1].Id);
            unlinked = Reviewer(db, "unlinked", null);
            await db.SaveChangesAsync();
        }

        await using var read = TestContexts.Open(database, SystemScope.Unrestricted);
        var review = (await RoundReview.LoadAsync(read, round.Id, Now, CancellationToken.None))!;
        var application = Assert.Single(review.Eligible).Application.Id;

        // Ada is matched by her register organisation (QAA's trust, not QBB's); the typed member by name.
        Assert.Equal(["Same organisation: Riverton Hospitals NHS Foundation Trust (Ben Carter)"], review.ConflictsOf(application, elsewhere.Id).Select(c => c.Reason));
        Assert.Equal(["Same integrated care system: NHS Alpha ICB", "On Test Vale ICB board with Ada Brook within the last 3 years"],
            review.ConflictsOf(application, colleague.Id).Select(c => c.Reason));
        Assert.Empty(review.ConflictsOf(application, unlinked.Id));
        var plan = review.PlanAutomatic();
        Assert.Equal([new ReviewPair(application, unlinked.Id)], plan.Added);
        Assert.Equal("2 of the 3 reviewers have a conflict with it", Assert.Single(plan.Shortfalls).Reason);
    }
}
