using GoldenThread.Development;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Testing;

/// <summary>Workplace exchange rounds, sign-ups and pairs the exchange tests work on, written straight to the demo system's store.</summary>
public static class ExchangeRows
{
    /// <summary>Three weekly Wednesdays from a month ahead, morning and afternoon.</summary>
    public static IReadOnlyList<string> Slots(int weeksAhead = 4) =>
        [.. Enumerable.Range(0, 3).SelectMany(w =>
        {
            var day = UkDate.Today(TimeProvider.System).AddDays(7 * (weeksAhead + w));
            return new[] { new ExchangeSlot(day, false).ToString(), new ExchangeSlot(day, true).ToString() };
        })];

    /// <summary>A round of the demo system in <paramref name="status"/>, taking sign-ups for another two weeks when open.</summary>
    public static Task<Guid> AddExchangeRoundAsync(this GoldenThreadApp app, string title, ExchangeRoundStatus status = ExchangeRoundStatus.Open,
        DateOnly? closes = null) =>
        app.Query(async db =>
        {
            var round = new ExchangeRound
            {
                SystemId = await db.Systems.Where(s => s.Code == DemoNetwork.SystemCode).Select(s => s.Id).SingleAsync(),
                Title = title, Slots = [.. Slots()], SignUpClosesOn = closes ?? UkDate.Today(TimeProvider.System).AddDays(14), Status = status,
                CreatedAt = FrameworkRows.Created,
            };
            db.ExchangeRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    public static Task SignUpAsync(this GoldenThreadApp app, Guid roundId, Guid personId, IEnumerable<string>? availability = null, params Guid[] avoid) =>
        app.Query(async db =>
        {
            var round = await db.ExchangeRounds.SingleAsync(r => r.Id == roundId);
            db.ExchangeSignUps.Add(new ExchangeSignUp
            {
                SystemId = round.SystemId, RoundId = roundId, PersonId = personId, Availability = [.. availability ?? round.Slots], Avoid = [.. avoid],
                SignedUpAt = FrameworkRows.Created, UpdatedAt = FrameworkRows.Created,
            });
            return await db.SaveChangesAsync();
        });

    /// <summary>
    /// People of the demo register in the given settings, one each, each of a different organisation, none signed up for
    /// any exchange yet (so none has a past partner), nor the demo professional, nor anyone the register lets no one delete
    /// (a member of a body, a post holder or successor).
    /// </summary>
    public static Task<Guid[]> FreshPeopleAsync(this GoldenThreadApp app, params string[] settings) =>
        app.Query(async db =>
        {
            var professional = await db.Users.Where(u => u.Email == FrameworkRows.Professional).Select(u => u.PersonId).SingleAsync();
            var taken = await db.ExchangeSignUps.Select(s => s.PersonId).Distinct().ToListAsync();
            var candidates = await db.People.Where(p => p.OrganisationId != null && !p.Lay && p.Id != professional && !taken.Contains(p.Id)
                    && db.Systems.Any(s => s.Id == p.SystemId && s.Code == DemoNetwork.SystemCode)
                    && !db.Memberships.Any(m => m.PersonId == p.Id) && !db.Posts.Any(x => x.HolderPersonId == p.Id) && !db.PostSuccessors.Any(x => x.PersonId == p.Id))
                .OrderBy(p => p.Name).ToListAsync();
            var organisations = new HashSet<Guid>();
            var chosen = new List<Guid>();
            foreach (var setting in settings)
            {
                var person = candidates.First(p => p.Setting == setting && !chosen.Contains(p.Id) && !organisations.Contains(p.OrganisationId!.Value));
                chosen.Add(person.Id);
                organisations.Add(person.OrganisationId!.Value);
            }
            return chosen.ToArray();
        });

    /// <summary>A pair of the round, as the engine would write it, on its first two half-days.</summary>
    public static Task<Guid> PairAsync(this GoldenThreadApp app, Guid roundId, Guid a, Guid b, DateTimeOffset? publishedAt = null) =>
        app.Query(async db =>
        {
            var round = await db.ExchangeRounds.SingleAsync(r => r.Id == roundId);
            var pairing = new ExchangePairing
            {
                SystemId = round.SystemId, RoundId = roundId, PersonA = a, PersonB = b, Score = 20, Why = "base 10",
                FirstVisit = round.Slots[0], SecondVisit = round.Slots[1], ProposedAt = FrameworkRows.Created, PublishedAt = publishedAt,
            };
            db.ExchangePairings.Add(pairing);
            await db.SaveChangesAsync();
            return pairing.Id;
        });

    public static Task<List<(Guid A, Guid B)>> PairsOfAsync(this GoldenThreadApp app, Guid roundId) =>
        app.Query(async db => (await db.ExchangePairings.Where(p => p.RoundId == roundId).Select(p => new { p.PersonA, p.PersonB }).ToListAsync())
            .Select(p => (p.PersonA, p.PersonB)).ToList());
}
