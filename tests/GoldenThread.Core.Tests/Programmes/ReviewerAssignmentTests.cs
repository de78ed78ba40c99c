using CsCheck;

namespace GoldenThread.Programmes;

public class ReviewerAssignmentTests
{
    private static readonly Guid P = new("00000000-0000-0000-0000-000000000001"), Q = new("00000000-0000-0000-0000-000000000002"),
        R = new("00000000-0000-0000-0000-000000000003"), X = new("00000000-0000-0000-0000-000000000009");

    [Fact]
    public void Plan_ConflictedReviewer_TheOtherTwoAreChosen()
    {
        var plan = ReviewerAssignment.Plan([P], ["ann", "bob", "cat"], 2, [], [new(P, "ann")]);

        Assert.Equal(["bob", "cat"], plan.Added.Select(p => p.ReviewerId).Order());
        Assert.Empty(plan.Shortfalls);
    }

    [Fact]
    public void Plan_ThreeApplicationsTwoReviewersEachOverThreeReviewers_EachReviewsTwo()
    {
        // 3 × 2 = 6 assignments over 3 reviewers: 2 each costs (1 + 2) × 3 = 9; 3/2/1 would cost 6 + 3 + 1 = 10.
        var plan = ReviewerAssignment.Plan([P, Q, R], ["ann", "bob", "cat"], 2, [], []);

        Assert.Equal(6, plan.Added.Count);
        Assert.All(new[] { P, Q, R }, a => Assert.Equal(2, plan.Added.Where(p => p.ApplicationId == a).Select(p => p.ReviewerId).Distinct().Count()));
        Assert.Equal(new Dictionary<string, int> { ["ann"] = 2, ["bob"] = 2, ["cat"] = 2 }, plan.Loads);
    }

    [Fact]
    public void Plan_ExistingAssignmentsElsewhere_CountInTheLoad()
    {
        // ann already reviews two other applications (load 2). Both new ones going to bob costs 1 + 2 = 3;
        // one each would cost ann's third (3) + bob's first (1) = 4.
        var plan = ReviewerAssignment.Plan([P, Q], ["ann", "bob"], 1, [new(X, "ann"), new(R, "ann")], []);

        Assert.Equal([new ReviewPair(P, "bob"), new ReviewPair(Q, "bob")], plan.Added.OrderBy(p => p.ApplicationId));
        Assert.Equal(new Dictionary<string, int> { ["ann"] = 2, ["bob"] = 2 }, plan.Loads);
    }

    [Fact]
    public void Plan_ExistingAssignmentOnTheApplication_IsKeptAndCountsTowardsItsNeed()
    {
        var plan = ReviewerAssignment.Plan([P], ["ann", "bob", "cat"], 2, [new(P, "cat")], []);

        var added = Assert.Single(plan.Added);
        Assert.NotEqual("cat", added.ReviewerId);
        Assert.Equal(1, plan.Loads["cat"]);
    }

    [Fact]
    public void Plan_TooFewReviewersWithoutAConflict_AssignsWhomItCanAndReportsTheShortfall()
    {
        var plan = ReviewerAssignment.Plan([P, Q], ["ann", "bob"], 2, [], [new(P, "bob")]);

        Assert.Equal([new ReviewPair(P, "ann")], plan.Added.Where(p => p.ApplicationId == P));
        Assert.Equal([new ReviewShortfall(P, 1, 2, "1 of the 2 reviewers has a conflict with it")], plan.Shortfalls);
        Assert.Equal(2, plan.Added.Count(p => p.ApplicationId == Q));
    }

    [Fact]
    public void Plan_NoReviewers_EveryApplicationIsShort()
    {
        var plan = ReviewerAssignment.Plan([P], [], 2, [], []);

        Assert.Empty(plan.Added);
        Assert.Equal([new ReviewShortfall(P, 0, 2, "there are no reviewers")], plan.Shortfalls);
    }

    private sealed record Case(List<Guid> Applications, List<string> Reviewers, int Needed, List<ReviewPair> Existing, List<ReviewPair> Forbidden);

    /// <summary>Up to 8 applications and 6 reviewers, each pair independently existing (1 in 6), forbidden (1 in 4) or open.</summary>
    private static Gen<Case> Cases(bool withExisting) =>
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, 6], Gen.Int[1, 3]).SelectMany(size =>
            Gen.Int[0, 11].Array[size.Item1 * size.Item2].Select(cells =>
            {
                var (apps, reviewers, needed) = size;
                var applications = Enumerable.Range(1, apps).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();
                var people = Enumerable.Range(1, reviewers).Select(j => $"r{j}").ToList();
                var pairs = applications.SelectMany((a, i) => people.Select((r, j) => (Pair: new ReviewPair(a, r), Cell: cells[i * reviewers + j]))).ToList();
                return new Case(applications, people, needed,
                    withExisting ? [.. pairs.Where(p => p.Cell < 2).Select(p => p.Pair)] : [],
                    [.. pairs.Where(p => p.Cell is >= 2 and < 5).Select(p => p.Pair)]);
            }));

    private static AssignmentPlan Plan(Case c) => ReviewerAssignment.Plan(c.Applications, c.Reviewers, c.Needed, c.Existing, c.Forbidden);

    [Fact]
    public void Plan_AnyCase_NeverAddsAForbiddenPairNorAReviewerTwiceToOneApplication()
    {
        Cases(withExisting: true).Sample(c =>
        {
            var plan = Plan(c);

            Assert.DoesNotContain(plan.Added, c.Forbidden.Contains);
            Assert.DoesNotContain(plan.Added, c.Existing.Contains);
            Assert.Equal(plan.Added.Count, plan.Added.Distinct().Count());
        });
    }

    [Fact]
    public void Plan_AnyCase_GivesEachApplicationAllItCanAndReportsExactlyTheShortOnes()
    {
        Cases(withExisting: true).Sample(c =>
        {
            var plan = Plan(c);

            foreach (var a in c.Applications)
            {
                var kept = c.Existing.Count(p => p.ApplicationId == a);
                var open = c.Reviewers.Count(r => !c.Existing.Contains(new(a, r)) && !c.Forbidden.Contains(new(a, r)));
                var assigned = kept + plan.Added.Count(p => p.ApplicationId == a);
                Assert.Equal(Math.Max(kept, Math.Min(c.Needed, kept + open)), assigned);
                Assert.Equal(assigned < c.Needed, plan.Shortfalls.Any(s => s.ApplicationId == a && s.Assigned == assigned));
            }
            Assert.All(c.Reviewers, r => Assert.Equal(c.Existing.Concat(plan.Added).Count(p => p.ReviewerId == r), plan.Loads[r]));
        });
    }

    [Fact]
    public void Plan_NoExistingAssignments_LoadsOfReviewersFreeOfConflictsDifferByAtMostOne()
    {
        // Were two such reviewers 2 or more apart, the busier one holds an application the other does not (else the other
        // would be as busy) and could take: moving it would cost less, so the minimum-cost flow never leaves it.
        Cases(withExisting: false).Sample(c =>
        {
            var plan = Plan(c);

            var loads = c.Reviewers.Where(r => c.Forbidden.All(p => p.ReviewerId != r)).Select(r => plan.Loads[r]).ToList();
            if (loads.Count > 1) Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));
        });
    }
}
