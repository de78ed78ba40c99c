using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>A page of one workplace exchange round: finds the round in the route's system and puts Exchanges › round in the breadcrumbs.</summary>
public abstract class ExchangePage(GoldenThreadDbContext db) : GoldenThreadPage
{
    protected GoldenThreadDbContext Db => db;
    /// <summary>What the step before the redirect here did.</summary>
    [TempData] public string? Done { get; set; }
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    public ExchangeRound Round { get; private set; } = null!;
    public string ListHref => $"/systems/{Code}/development/exchanges";
    public string Href => $"{ListHref}/{Round.Id}";
    public bool IsLeadership => User.HasSystemRole(Code, Roles.LeadershipTeam, Roles.SystemAdmin);

    /// <summary>
    /// Finds the round (tracked to change it) in the route's system; false when there is none there. The round's own
    /// page is the leadership team's, so for everyone else the trail ends at the list.
    /// </summary>
    protected async Task<bool> EnterAsync(string code, Guid exchangeId, string title, bool tracked, CancellationToken cancellationToken,
        bool roundInTrail = true)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId) = (system.Code, system.Id);
        var rounds = db.ExchangeRounds.Where(r => r.SystemId == system.Id && r.Id == exchangeId);
        if (await (tracked ? rounds : rounds.AsNoTracking()).SingleOrDefaultAsync(cancellationToken) is not { } round) return false;
        Round = round;
        Within("Workplace exchanges", ListHref);
        if (IsLeadership && roundInTrail) Within(round.Title, Href);
        return true;
    }

    /// <summary>The register person of this system the signed-in account is linked to; null when it is linked to none here.</summary>
    protected async Task<Person?> MeAsync(CancellationToken cancellationToken) =>
        User.PersonId() is { } id ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.SystemId == SystemId && p.Id == id, cancellationToken) : null;

    /// <summary>The published pair of <paramref name="person"/> in the round; null while unpublished or when they have none.</summary>
    protected async Task<ExchangePairing?> PairOfAsync(Guid person, CancellationToken cancellationToken) =>
        Round.Status != ExchangeRoundStatus.Published ? null
            : await db.ExchangePairings.AsNoTracking().SingleOrDefaultAsync(p => p.RoundId == Round.Id && (p.PersonA == person || p.PersonB == person), cancellationToken);

    public static string StatusName(ExchangeRoundStatus status) => status switch
    {
        ExchangeRoundStatus.Open => "Open for sign-up",
        ExchangeRoundStatus.Closed => "Pairs proposed",
        _ => "Pairs published",
    };
}
