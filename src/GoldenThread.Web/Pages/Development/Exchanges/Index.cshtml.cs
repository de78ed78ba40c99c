using GoldenThread.Access;
using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>
/// The system's workplace exchange rounds: for everyone, the rounds open to sign up and their own exchanges; for the
/// leadership team, every round with its sign-ups and pairs, and opening a new one.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class IndexModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    /// <param name="SignedUp">Whether the signed-in person signed up; <param name="Paired">whether they have a published pair.</param></param>
    public sealed record Row(Guid Id, string Title, ExchangeRoundStatus Status, DateOnly SignUpClosesOn, string? FirstSlot, string? LastSlot,
        int SignUps, int Pairs, bool SignedUp, bool Paired, bool TakesSignUps);

    [TempData] public string? Done { get; set; }
    public string Code { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool IsLeadership { get; private set; }
    public bool HasPerson { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Workplace exchanges", cancellationToken) is not { } system) return NotFound();
        Code = system.Code;
        IsLeadership = User.HasSystemRole(Code, Roles.LeadershipTeam, Roles.SystemAdmin);
        var person = User.PersonId();
        HasPerson = person is not null;
        var today = UkTime.Today(time);
        var rounds = await db.ExchangeRounds.AsNoTracking().Where(r => r.SystemId == system.Id)
            .OrderByDescending(r => r.SignUpClosesOn).ThenByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        var ids = rounds.Select(r => r.Id).ToList();
        var signUps = await db.ExchangeSignUps.AsNoTracking().Where(s => ids.Contains(s.RoundId))
            .Select(s => new { s.RoundId, s.PersonId }).ToListAsync(cancellationToken);
        var pairs = await db.ExchangePairings.AsNoTracking().Where(p => ids.Contains(p.RoundId))
            .Select(p => new { p.RoundId, p.PersonA, p.PersonB }).ToListAsync(cancellationToken);
        Rows = [.. rounds.Select(r => new Row(r.Id, r.Title, r.Status, r.SignUpClosesOn, r.Slots.FirstOrDefault(), r.Slots.LastOrDefault(),
            signUps.Count(s => s.RoundId == r.Id), pairs.Count(p => p.RoundId == r.Id),
            signUps.Any(s => s.RoundId == r.Id && s.PersonId == person),
            r.Status == ExchangeRoundStatus.Published && pairs.Any(p => p.RoundId == r.Id && (p.PersonA == person || p.PersonB == person)),
            r.TakesSignUps(today)))
            // Everyone else sees what they can join and what they are part of.
            .Where(r => IsLeadership || r.TakesSignUps || r.SignedUp)];
        return Page();
    }

    public static string Dates(Row row) =>
        row.FirstSlot is null ? "" : $"{UkTime.Day(ExchangeSlot.Parse(row.FirstSlot)?.Date)} to {UkTime.Day(ExchangeSlot.Parse(row.LastSlot)?.Date)}";
}
