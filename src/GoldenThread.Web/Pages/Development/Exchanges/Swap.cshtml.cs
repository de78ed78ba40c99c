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

    /// <summary>The round's sign-ups as the engine sees them, read once a request, with each person's name.</summary>
    private ExchangePool pool = null!;
    private Dictionary<Guid, string> names = [];

    protected override async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        pool = await ExchangePool.ReadAsync(Db, Round, cancellationToken);
        names = pool.Participants.ToDictionary(p => Guid.Parse(p.Id), p => p.Name);
        var pairs = await Db.ExchangePairings.AsNoTracking().Where(p => p.RoundId == Round.Id).Select(p => new { p.PersonA, p.PersonB })
            .ToListAsync(cancellationToken);
        var partners = pairs.SelectMany(p => new[] { (Person: p.PersonA, Partner: p.PersonB), (Person: p.PersonB, Partner: p.PersonA) })
            .Where(x => names.ContainsKey(x.Person) && names.ContainsKey(x.Partner))
            .ToDictionary(x => x.Person, x => names[x.Partner]);
        Paired = [.. partners.Select(x => Describe(x.Key, x.Value)).OrderBy(c => c.Text, StringComparer.CurrentCulture)];
        Everyone = [.. names.Keys.Select(id => Describe(id, partners.GetValueOrDefault(id))).OrderBy(c => c.Text, StringComparer.CurrentCulture)];
        return true;
    }

    private Choice Describe(Guid person, string? partner) =>
        new(person.ToString(), $"{names[person]} ({(partner is null ? "not paired" : $"paired with {partner}")})");

    protected override async Task<string?> TakeAsync(CancellationToken cancellationToken)
    {
        if (PersonId is null || Paired.All(c => c.Value != PersonId.ToString())) this.AddError(nameof(PersonId), "Select someone who is paired");
        if (SwapWithId is null || !names.ContainsKey(SwapWithId.Value)) this.AddError(nameof(SwapWithId), "Select someone signed up for the round to swap with");
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
        var refusal = pool.TryPair(first.PartnerOf(x), y, first) ?? (second is null ? null : pool.TryPair(second.PartnerOf(y), x, second));
        if (refusal is not null)
        {
            this.AddError(nameof(SwapWithId), refusal);
            return null;
        }
        return $"{names[x]} and {names[y]} swapped places";
    }
}
