using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Development;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>Closes sign-up and proposes the pairs: the best total score the sign-ups allow (<see cref="ExchangeMatcher"/>).</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class CloseModel(GoldenThreadDbContext db, TimeProvider time) : RoundStepPage(db)
{
    public override ExchangeRoundStatus From => ExchangeRoundStatus.Open;
    protected override string PageTitle => "Close sign-up and pair";
    public int SignUps { get; private set; }

    protected override async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        SignUps = await Db.ExchangeSignUps.CountAsync(s => s.RoundId == Round.Id, cancellationToken);
        return true;
    }

    protected override async Task<string?> TakeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pairs = (await ExchangePool.ReadAsync(Db, Round, cancellationToken)).Match(Round, now);
        Db.ExchangePairings.AddRange(pairs);
        (Round.Status, Round.ClosedAt) = (ExchangeRoundStatus.Closed, now);
        return $"Sign-up closed: {Prose.Count(pairs.Count, "pair")} proposed";
    }
}
