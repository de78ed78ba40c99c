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
/// "Your exchange": once the round is published, the partner, the two visits and, after each visit, both partners'
/// reflections and ideas, which only the pair sees; before that, whether one is signed up.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class MineModel(GoldenThreadDbContext db, TimeProvider time) : ExchangePage(db)
{
    public sealed record ReflectionView(Guid PersonId, int Visit, string Learned, IReadOnlyList<ExchangeIdea> Ideas);

    public bool Linked { get; private set; }
    public bool SignedUp { get; private set; }
    public ExchangePairRow? Pair { get; private set; }
    public Guid Me { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<ReflectionView> Reflections { get; private set; } = [];

    public ExchangePerson Partner => Pair!.A.Id == Me ? Pair.B : Pair.A;
    public bool Visited(int visit) => Pair!.Pairing.Slot(visit).Date <= Today;
    public ReflectionView? ReflectionOf(Guid person, int visit) => Reflections.FirstOrDefault(r => r.PersonId == person && r.Visit == visit);

    public async Task<IActionResult> OnGetAsync(string code, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, exchangeId, "Your workplace exchange", tracked: false, cancellationToken)) return NotFound();
        Today = UkTime.Today(time);
        if (await MeAsync(cancellationToken) is not { } me) return Page();
        (Linked, Me) = (true, me.Id);
        SignedUp = await Db.ExchangeSignUps.AnyAsync(s => s.RoundId == Round.Id && s.PersonId == me.Id, cancellationToken);
        if (await PairOfAsync(me.Id, cancellationToken) is not { } pairing) return Page();
        var people = await ExchangeReading.PeopleAsync(Db, [pairing.PersonA, pairing.PersonB], cancellationToken);
        Pair = new ExchangePairRow(pairing, people[pairing.PersonA], people[pairing.PersonB]);
        var reflections = await Db.ExchangeReflections.AsNoTracking().Where(r => r.PairingId == pairing.Id).ToListAsync(cancellationToken);
        var ids = reflections.Select(r => r.Id).ToList();
        var ideas = await Db.ExchangeIdeas.AsNoTracking().Where(i => ids.Contains(i.ReflectionId)).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        Reflections = [.. reflections.Select(r => new ReflectionView(r.PersonId, r.Visit, r.Learned, [.. ideas.Where(i => i.ReflectionId == r.Id)]))];
        return Page();
    }
}
