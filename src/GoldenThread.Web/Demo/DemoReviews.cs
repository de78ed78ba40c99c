using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Programmes;

namespace GoldenThread.Web.Demo;

/// <summary>
/// The review of a closed demo round, so the operator's pages have something to show: reviewers assigned (the balancing
/// engine, plus the demo reviewer let in despite working in the same system, by an override with its reason), most
/// reviews submitted, the first application with reviewers 2 apart on a criterion, the second moderated, and one
/// assignment of the demo reviewer left to score.
/// </summary>
public static class DemoReviews
{
    /// <summary>The demo reviewer, linked to a person of the demo system so the same-system conflict shows.</summary>
    public const string LinkedReviewer = "reviewer@goldenthread.example";

    /// <summary>More reviewers, so automatic assignment has a choice to balance.</summary>
    public static readonly IReadOnlyList<DemoSeeder.DemoAccount> MoreReviewers =
    [
        new("reviewer2@goldenthread.example", "Jordan Price (reviewer)", Roles.Reviewer, "applications assigned for review (national)"),
        new("reviewer3@goldenthread.example", "Robin Shah (reviewer)", Roles.Reviewer, "applications assigned for review (national)"),
        new("reviewer4@goldenthread.example", "Taylor Quinn (reviewer)", Roles.Reviewer, "applications assigned for review (national)"),
    ];

    private const string OverrideReason =
        "Works elsewhere in the system, with none of the team's organisations; the panel wants one reviewer who knows its services.";
    private const string ModerationReason =
        "Panel discussion: the community involvement is co-designed with the residents' forum from the start, which the reviewers under-credited.";
    private const double ModeratedTo = 4.0;

    // How each criterion sits against an application's base score, and the base of each application in turn.
    private static readonly int[] Shape = [0, 0, -1, 0, 1];
    private static readonly int[] Bases = [4, 3, 4, 2, 3, 5];

    private static readonly string[] Comments =
    [
        "A real cross-sector issue with a sound baseline; the measures need a data source named for each.",
        "Strong community involvement. The team would benefit from a sponsor in social care.",
        "Clear gains for citizens, though the target looks ambitious for one year.",
    ];

    /// <summary>The register person the demo reviewer is: someone sitting on the demo system's clinical cabinet, not the demo professional.</summary>
    public static Person ReviewerPerson(NetworkEntities network)
    {
        var cabinet = network.Bodies.First(b => b.Kind == "clinical-cabinet");
        return network.Memberships.Where(m => m.BodyId == cabinet.Id && m.End == null && m.PersonId != network.People[0].Id)
            .Select(m => network.People.First(p => p.Id == m.PersonId)).First();
    }

    /// <summary>Adds the review of round <paramref name="roundId"/> as <see cref="For"/> makes it.</summary>
    public static async Task SeedAsync(GoldenThreadDbContext db, Guid roundId, string operatorAccountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var review = await RoundReview.LoadAsync(db, roundId, now, cancellationToken)
                     ?? throw new InvalidOperationException($"No programme round {roundId} to seed reviews for");
        db.AddRange(For(review, operatorAccountId, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The assignments, scores and moderation of a round's review that has none yet.</summary>
    public static IReadOnlyList<object> For(RoundReview review, string operatorAccountId, DateTimeOffset now)
    {
        var eligible = review.Eligible;
        var overrides = eligible.Take(2)
            .SelectMany(e => review.Reviewers.Where(r => OnlySameSystem(review.ConflictsOf(e.Application.Id, r.AccountId))).Select(r => (Entry: e, Reviewer: r.AccountId)))
            .Select(x => Assign(x.Entry, x.Reviewer, now, automatic: false, OverrideReason))
            .ToList();
        var plan = ReviewerAssignment.Plan([.. eligible.Select(e => e.Application.Id)], [.. review.Reviewers.Select(r => r.AccountId)],
            review.Round.ReviewersPerApplication, [.. overrides.Select(a => new ReviewPair(a.ApplicationId, a.ReviewerAccountId))],
            [.. eligible.SelectMany(e => review.Reviewers.Where(r => review.ConflictsOf(e.Application.Id, r.AccountId).Count > 0)
                .Select(r => new ReviewPair(e.Application.Id, r.AccountId)))]);
        var assignments = overrides
            .Concat(plan.Added.Select(p => Assign(eligible.First(e => e.Application.Id == p.ApplicationId), p.ReviewerId, now, automatic: true, null)))
            .ToList();

        // The demo reviewer's override on the second application is left for them to score.
        var toScore = assignments.Where(a => eligible.Count < 2 || a.ApplicationId != eligible[1].Application.Id || a.ConflictOverrideReason is null);
        foreach (var (entry, index) in eligible.Select((e, i) => (e, i)))
        {
            var scored = toScore.Where(a => a.ApplicationId == entry.Application.Id).ToList();
            for (var k = 0; k < scored.Count; k++)
                Score(scored[k], review.Round.Rubric, Bases[index % Bases.Length], k, disagree: index == 0 && k == scored.Count - 1 && k > 0, now);
        }
        var rows = new List<object>(assignments);
        if (eligible.Count > 1)
            rows.Add(new ModeratedScore
            {
                SystemId = eligible[1].Application.SystemId, ApplicationId = eligible[1].Application.Id, Score = ModeratedTo,
                Reason = ModerationReason, ByAccountId = operatorAccountId, At = now.AddDays(-1),
            });
        return rows;
    }

    private static bool OnlySameSystem(IReadOnlyList<ReviewConflict> conflicts) =>
        conflicts.Count > 0 && conflicts.All(c => c.Kind == ConflictKind.SameSystem);

    private static ReviewAssignment Assign(RoundEligibility.Entry entry, string reviewer, DateTimeOffset now, bool automatic, string? overrideReason) => new()
    {
        SystemId = entry.Application.SystemId, ApplicationId = entry.Application.Id, ReviewerAccountId = reviewer,
        Automatic = automatic, ConflictOverrideReason = overrideReason, AssignedAt = now.AddDays(-14),
    };

    /// <summary>
    /// Submits a review near <paramref name="basis"/>: reviewers 1 apart at most (odd ones a point kinder on alternate
    /// criteria), unless <paramref name="disagree"/>, when the first criterion sits 2 below the rest.
    /// </summary>
    private static void Score(ReviewAssignment assignment, IReadOnlyList<RubricCriterion> rubric, int basis, int reviewer, bool disagree, DateTimeOffset now)
    {
        assignment.Scores = [.. rubric.Select((c, i) =>
        {
            var score = basis + Shape[i % Shape.Length] + (reviewer % 2 == 1 && i % 2 == 0 ? 1 : 0) - (disagree && i == 0 ? 3 : 0);
            return new RubricScore(c.Id, Math.Clamp(score, ReviewRubric.LowestScore, ReviewRubric.HighestScore), null);
        })];
        assignment.Comment = Comments[(basis + reviewer) % Comments.Length];
        assignment.SubmittedAt = now.AddDays(-7 + reviewer);
    }
}
