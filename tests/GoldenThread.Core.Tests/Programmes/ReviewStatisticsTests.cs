using System.Globalization;
using CsCheck;

namespace GoldenThread.Programmes;

public class ReviewStatisticsTests
{
    // The shipped rubric: R-WICKED-ISSUE 25, R-TEAM 20, R-CITIZENS 20, R-MEASURES 15, R-LEADERSHIP 20.
    private static readonly IReadOnlyList<RubricCriterion> Rubric = ReviewRubric.Default.Criteria;
    private static readonly Guid One = new("00000000-0000-0000-0000-000000000001"), Two = new("00000000-0000-0000-0000-000000000002"),
        Three = new("00000000-0000-0000-0000-000000000003");
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static SubmittedReview Review(Guid application, string reviewer, params int[] scores) =>
        new(application, reviewer, [.. Rubric.Select((c, i) => new RubricScore(c.Id, scores[i], null))]);

    private static ModeratedScore Moderation(Guid application, double score, DateTimeOffset at) =>
        new() { ApplicationId = application, Score = score, Reason = "panel discussion", ByAccountId = "operator", At = at };

    private static readonly SubmittedReview[] Reviews =
    [
        Review(One, "ann", 4, 3, 5, 2, 4), // (25×4 + 20×3 + 20×5 + 15×2 + 20×4) / 100 = 370 / 100 = 3.7
        Review(One, "bob", 2, 3, 3, 2, 2), // (50 + 60 + 60 + 30 + 40) / 100 = 2.4
        Review(One, "cat", 5, 4, 4, 3, 4), // (125 + 80 + 80 + 45 + 80) / 100 = 4.1
        Review(Two, "ann", 3, 3, 3, 3, 3), // 3.0
        Review(Two, "bob", 1, 1, 1, 1, 1), // 1.0
        Review(Three, "cat", 4, 4, 4, 4, 4), // 4.0, alone
    ];

    private static ReviewStatistics Statistics(IEnumerable<SubmittedReview>? reviews = null, IEnumerable<ModeratedScore>? moderations = null) =>
        ReviewStatistics.Of(Rubric, [One, Two, Three, Guid.Empty], reviews ?? Reviews, moderations ?? []);

    [Fact]
    public void Of_ThreeReviews_WeightedOverallsMeanMedianAndSpread()
    {
        var one = Statistics().Applications[One];

        Assert.Equal([("bob", 2.4), ("ann", 3.7), ("cat", 4.1)], one.Reviews.Select(r => (r.ReviewerId, Math.Round(r.Overall, 10))));
        Assert.Equal(3.4, one.Mean!.Value, 10);   // (2.4 + 3.7 + 4.1) / 3 = 10.2 / 3
        Assert.Equal(3.7, one.Median!.Value, 10);
        Assert.Equal(1.7, one.Spread!.Value, 10); // 4.1 − 2.4
    }

    [Fact]
    public void Of_CriteriaTwoApart_FlagDisagreementOnThoseCriteriaNotOverall()
    {
        // Wicked issue 4/2/5 (3 apart), citizens 5/3/4 (2), leadership 4/2/4 (2); team 3/3/4 and measures 2/2/3 are 1 apart;
        // the overalls are 1.7 apart.
        var one = Statistics().Applications[One];

        Assert.Equal(["R-WICKED-ISSUE", "R-CITIZENS", "R-LEADERSHIP"], one.DisagreeOn.Select(c => c.Id));
        Assert.False(one.OverallDisagrees);
        Assert.True(one.Disagreement);
    }

    [Fact]
    public void Of_OverallsTwoApart_FlagOverallDisagreement()
    {
        var two = Statistics().Applications[Two];

        Assert.Equal(2.0, two.Spread!.Value, 10); // 3.0 − 1.0
        Assert.True(two.OverallDisagrees);
        Assert.Equal(2.0, two.Median!.Value, 10); // (1.0 + 3.0) / 2
    }

    [Fact]
    public void Of_NoReviewsYet_HasNoFigures()
    {
        var none = Statistics().Applications[Guid.Empty];

        Assert.Equal((0, null, null, null, false, null), (none.Reviews.Count, none.Mean, none.Median, none.Spread, none.Disagreement, none.Standing));
    }

    [Fact]
    public void Of_Moderations_TheLatestStandsInPlaceOfTheMean()
    {
        var statistics = Statistics(moderations: [Moderation(One, 3.5, Noon.AddHours(1)), Moderation(One, 3.0, Noon)]);

        Assert.Equal(3.5, statistics.Applications[One].Moderation!.Score);
        Assert.Equal(3.5, statistics.Applications[One].Standing);
        Assert.Equal(2.0, statistics.Applications[Two].Standing!.Value, 10); // no moderation: the mean of 3.0 and 1.0
    }

    [Fact]
    public void Of_Reviewers_HarshnessIsTheMeanGapToTheOthersOnSharedApplications()
    {
        // One: ann 3.7 − (2.4 + 4.1) / 2 = 0.45; bob 2.4 − (3.7 + 4.1) / 2 = −1.5; cat 4.1 − (3.7 + 2.4) / 2 = 1.05.
        // Two: ann 3.0 − 1.0 = 2; bob 1.0 − 3.0 = −2. Three has one review, so it compares nothing.
        var reviewers = Statistics().Reviewers;

        Assert.Equal(["ann", "bob", "cat"], reviewers.Select(r => r.ReviewerId));
        Assert.Equal([(2, 2), (2, 2), (2, 1)], reviewers.Select(r => (r.Submitted, r.Compared)));
        Assert.Equal(1.225, reviewers[0].Harshness!.Value, 10); // (0.45 + 2) / 2
        Assert.Equal(-1.75, reviewers[1].Harshness!.Value, 10); // (−1.5 − 2) / 2
        Assert.Equal(1.05, reviewers[2].Harshness!.Value, 10);
    }

    [Fact]
    public void Of_ReviewerAloneOnEveryApplication_HasNoHarshness()
    {
        var reviewer = Assert.Single(Statistics([Review(Three, "cat", 4, 4, 4, 4, 4)]).Reviewers);

        Assert.Equal(("cat", 1, 0, (double?)null), (reviewer.ReviewerId, reviewer.Submitted, reviewer.Compared, reviewer.Harshness));
    }

    /// <summary>Everything the statistics say, with every number to the last bit.</summary>
    private static string Describe(ReviewStatistics s) =>
        string.Join("\n", s.Applications.OrderBy(a => a.Key).Select(a => string.Join(" ", a.Key, Numbers(a.Value.Mean, a.Value.Median, a.Value.Spread, a.Value.Standing),
                string.Join(",", a.Value.Reviews.Select(r => r.ReviewerId + "=" + Numbers(r.Overall))), string.Join(",", a.Value.DisagreeOn.Select(c => c.Id)),
                a.Value.OverallDisagrees, a.Value.Moderation?.Id))
            .Concat(s.Reviewers.Select(r => $"{r.ReviewerId} {r.Submitted} {r.Compared} {Numbers(r.Harshness)}")));

    private static string Numbers(params double?[] values) => string.Join("/", values.Select(v => v?.ToString("R", CultureInfo.InvariantCulture) ?? "-"));

    [Fact]
    public void Of_ReviewsInAnyOrder_GiveTheSameStatistics()
    {
        var applications = new[] { One, Two, Three };
        var reviews = Gen.Int[0, 5].Array[5].Array[0, 12].SelectMany(rows => Gen.Shuffle(Enumerable.Range(0, rows.Length).ToArray()).Select(order =>
        {
            // Row i is reviewer r{i % 4} on application i % 3; a 0 anywhere leaves the review unscored there.
            var list = rows.Select((scores, i) => new SubmittedReview(applications[i % 3], $"r{i % 4}",
                [.. Rubric.Zip(scores).Where(x => x.Second > 0).Select(x => new RubricScore(x.First.Id, x.Second, null))]))
                .DistinctBy(r => (r.ApplicationId, r.ReviewerId)).ToList();
            return (list, Shuffled: order.Where(i => i < list.Count).Select(i => list[i]).ToList());
        }));
        reviews.Sample(x =>
        {
            var moderations = new[] { Moderation(One, 2.5, Noon), Moderation(One, 4.5, Noon.AddMinutes(5)) };

            Assert.Equal(Describe(ReviewStatistics.Of(Rubric, applications, x.list, moderations)),
                Describe(ReviewStatistics.Of(Rubric, [.. applications.Reverse()], x.Shuffled, moderations.Reverse())));
        });
    }
}
