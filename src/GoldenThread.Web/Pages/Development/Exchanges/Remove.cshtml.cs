using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Development;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>Removes a proposed pair: both its people become unmatched (the audit trail keeps the pair).</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class RemoveModel(GoldenThreadDbContext db) : RoundStepPage(db)
{
    [BindProperty(SupportsGet = true)] public Guid PairingId { get; set; }

    public override ExchangeRoundStatus From => ExchangeRoundStatus.Closed;
    protected override string PageTitle => "Remove a pair";
    public ExchangePairRow Pair { get; private set; } = null!;

    protected override async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (await ExchangeReading.PairsAsync(Db, Round.Id, cancellationToken) is var pairs && pairs.FirstOrDefault(p => p.Pairing.Id == PairingId) is not { } pair)
            return false;
        Pair = pair;
        return true;
    }

    protected override async Task<string?> TakeAsync(CancellationToken cancellationToken)
    {
        Db.ExchangePairings.Remove(await Db.ExchangePairings.SingleAsync(p => p.Id == PairingId, cancellationToken));
        return $"{Pair.A.Name} and {Pair.B.Name} are no longer paired";
    }
}
