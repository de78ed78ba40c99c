using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>Publishes the round's pairs: each person then sees their partner and visits.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class PublishModel(GoldenThreadDbContext db, TimeProvider time) : RoundStepPage(db)
{
    public override ExchangeRoundStatus From => ExchangeRoundStatus.Closed;
    protected override string PageTitle => "Publish the pairs";
    public int Pairs { get; private set; }

    protected override async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        Pairs = await Db.ExchangePairings.CountAsync(p => p.RoundId == Round.Id, cancellationToken);
        return true;
    }

    protected override async Task<string?> TakeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pairings = await Db.ExchangePairings.Where(p => p.RoundId == Round.Id).ToListAsync(cancellationToken);
        foreach (var pairing in pairings) pairing.PublishedAt = now;
        (Round.Status, Round.PublishedAt) = (ExchangeRoundStatus.Published, now);
        return $"{Prose.Count(pairings.Count, "pair")} published";
    }
}
