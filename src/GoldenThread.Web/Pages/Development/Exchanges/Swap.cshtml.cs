using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Development;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>
/// Swaps two people of the proposed pairs: someone paired changes places with someone else signed up. With pairs {A, B}
/// and {C, D}, swapping B and C makes {A, C} and {B, D}; swapping B with someone unmatched pairs them with A and leaves
/// B unmatched. Each new pair must be one the engine allows; when one is not, nothing changes and the page says why.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class SwapModel(GoldenThreadDbContext db) : RoundStepPage(db)
{
    [BindProperty] public Guid? PersonId { get; set; }
    [BindProperty] public Guid? SwapWithId { get; set; }

    public override ExchangeRoundStatus From => ExchangeRoundStatus.Closed;
    protected override string PageTitle => "Swap partners";
    public IReadOnlyList<Choice> Paired { get; private set; } = [];
    public IReadOnlyList<Choice> Everyone { get; private set; } = [];

    protected override async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        var pairs = await ExchangeReading.PairsAsync(Db, Round.Id, cancellationToken);
        Paired = [.. pairs.SelectMany(p => new[] { (p.A, p.B), (p.B, p.A) })
            .Select(x => new Choice(x.Item1.Id.ToString(), $"{x.Item1.Name} (paired with {x.Item2.Name})"))
            .OrderBy(c => c.Text, StringComparer.CurrentCulture)];
        var signedUp = await Db.ExchangeSignUps.AsNoTracking().Where(s => s.RoundId == Round.Id).Select(s => s.PersonId).ToListAsync(cancellationToken);
        var people = await ExchangeReading.PeopleAsync(Db, signedUp, cancellationToken);
        var paired = Paired.ToDictionary(c => c.Value, c => c.Text);
        Everyone = [.. people.Values.Select(p => new Choice(p.Id.ToString(), paired.GetValueOrDefault(p.Id.ToString()) ?? $"{p.Name} (not paired)"))
            .OrderBy(c => c.Text, StringComparer.CurrentCulture)];
        return true;
    }

    protected override async Task<string?> TakeAsync(CancellationToken cancellationToken)
    {
        if (PersonId is null || Paired.All(c => c.Value != PersonId.ToString())) this.AddError(nameof(PersonId), "Select someone who is paired");
        if (SwapWithId is null || Everyone.All(c => c.Value != SwapWithId.ToString())) this.AddError(nameof(SwapWithId), "Select someone signed up for the round to swap with");
        else if (SwapWithId == PersonId) this.AddError(nameof(SwapWithId), "Select someone else to swap with");
        if (!ModelState.IsValid) return null;
        var (x, y) = (PersonId!.Value, SwapWithId!.Value);

        var pairings = await Db.ExchangePairings.Where(p => p.RoundId == Round.Id).ToListAsync(cancellationToken);
        var first = pairings.Single(p => p.Includes(x));
        var second = pairings.SingleOrDefault(p => p.Includes(y));
        if (first == second)
        {
            this.AddError(nameof(SwapWithId), "They are already partners: select someone of another pair, or someone not paired");
            return null;
        }
        var pool = await ExchangePool.ReadAsync(Db, Round, cancellationToken);
        var refusal = pool.TryPair(first.PartnerOf(x), y, first) ?? (second is null ? null : pool.TryPair(second.PartnerOf(y), x, second));
        if (refusal is not null)
        {
            this.AddError(nameof(SwapWithId), refusal);
            return null;
        }
        var names = Everyone.ToDictionary(c => c.Value, c => c.Text.Split(" (")[0]);
        return $"{names[x.ToString()]} and {names[y.ToString()]} swapped places";
    }
}
