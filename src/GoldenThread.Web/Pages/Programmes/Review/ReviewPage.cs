using GoldenThread.Data;
using GoldenThread.Data.Programmes;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Programmes.Review;

/// <summary>An operator's page about a round's review: finds the round's review as it stands and puts the round in the breadcrumbs.</summary>
public abstract class ReviewPage(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    protected GoldenThreadDbContext Db => db;
    protected TimeProvider Time => time;
    public RoundReview Review { get; private set; } = null!;
    public ProgrammeRound Round => Review.Round;
    public string ReviewHref => $"/programmes/rounds/{Round.Id}/review";
    public string ResultsHref => $"{ReviewHref}/results";
    [TempData] public string? Done { get; set; }

    /// <summary>Reads the round's review; false when there is no such round.</summary>
    protected async Task<bool> EnterAsync(Guid roundId, string title, CancellationToken cancellationToken)
    {
        if (await RoundReview.LoadAsync(db, roundId, time.GetUtcNow(), cancellationToken) is not { } review) return false;
        Review = review;
        Title = $"{title} – {review.Round.Name}";
        Breadcrumbs = [new Crumb("Programme rounds", "/programmes"), new Crumb(review.Round.Name, $"/programmes/rounds/{review.Round.Id}")];
        return true;
    }

    /// <summary>The round's eligible application <paramref name="applicationId"/>; null when it is not one.</summary>
    protected RoundEligibility.Entry? Eligible(Guid? applicationId) => Review.Eligible.FirstOrDefault(e => e.Application.Id == applicationId);
}
