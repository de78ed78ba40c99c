using GoldenThread.Data.Programmes;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Testing.ReviewFixtures;

namespace GoldenThread.Web.Demo;

public class DemoReviewsTests(GoldenThreadApp app) : IClassFixture<GoldenThreadApp>
{
    [Fact]
    public void ReviewerPerson_SitsOnTheDemoClinicalCabinetAndIsNotTheDemoProfessional()
    {
        var network = NetworkEntities.From(DemoNetwork.Build());

        var person = DemoReviews.ReviewerPerson(network);

        Assert.NotEqual(network.People[0].Id, person.Id);
        Assert.Contains(network.Memberships, m => m.PersonId == person.Id && m.End == null
            && network.Bodies.Single(b => b.Id == m.BodyId).Kind == "clinical-cabinet");
    }

    [Fact]
    public async Task SeedAsync_ClosedRound_GivesEveryApplicationItsReviewersOneDisagreementOneModerationAndOneReviewLeftToScore()
    {
        var round = await app.AddRoundAsync("demo-review", 4);
        var operatorId = await app.AccountIdAsync(Operator);
        var demoReviewer = await app.AccountIdAsync(LinkedReviewer);
        var now = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

        await app.Query(async db => { await DemoReviews.SeedAsync(db, round.Id, operatorId, now, CancellationToken.None); return 0; });

        var review = (await app.Query(db => RoundReview.LoadAsync(db, round.Id, now, CancellationToken.None)))!;
        var moderations = await app.Query(db => db.ModeratedScores.Where(m => round.Applications.Contains(m.ApplicationId)).ToListAsync());
        var statistics = ReviewStatistics.Of(review.Round.Rubric, round.Applications,
            review.Assignments.Where(a => a.SubmittedAt is not null).Select(a => new SubmittedReview(a.ApplicationId, a.ReviewerAccountId, a.Scores)), moderations);
        Assert.All(round.Applications, a => Assert.Equal(2, review.Assignments.Count(x => x.ApplicationId == a)));
        // The demo reviewer works in the demo system: on the first two applications by an override, nowhere else.
        Assert.All(review.Assignments, a => Assert.Equal(review.ConflictsOf(a.ApplicationId, a.ReviewerAccountId).Count > 0, a.ConflictOverrideReason is not null));
        Assert.Equal(round.Applications.Take(2).Order(), review.Assignments.Where(a => a.ReviewerAccountId == demoReviewer).Select(a => a.ApplicationId).Order());
        var unscored = Assert.Single(review.Assignments, a => a.SubmittedAt is null);
        Assert.Equal((demoReviewer, round.Applications[1], 0), (unscored.ReviewerAccountId, unscored.ApplicationId, unscored.Scores.Count));
        Assert.Equal([round.Applications[0]], round.Applications.Where(a => statistics.Applications[a].Disagreement));
        Assert.Equal([round.Applications[1]], round.Applications.Where(a => statistics.Applications[a].Moderation is not null));
        Assert.Equal(operatorId, moderations.Single().ByAccountId);
    }
}
