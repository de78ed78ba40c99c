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
        // Linked to a person of this system's register, not merely to someone: the sign-up page refuses anyone else.
        var person = User.PersonId() is { } id && await db.People.AnyAsync(p => p.SystemId == system.Id && p.Id == id, cancellationToken) ? id : (Guid?)null;
        HasPerson = person is not null;
        var today = UkTime.Today(time);
        var rounds = await db.ExchangeRounds.AsNoTracking().Where(r => r.SystemId == system.Id)
            .OrderByDescending(r => r.SignUpClosesOn).ThenByDescending(r => r.CreatedAt)
            .Select(r => new
            {
                Round = r,
                SignUps = db.ExchangeSignUps.Count(s => s.RoundId == r.Id),
                Pairs = db.ExchangePairings.Count(p => p.RoundId == r.Id),
                SignedUp = db.ExchangeSignUps.Any(s => s.RoundId == r.Id && s.PersonId == person),
                Paired = db.ExchangePairings.Any(p => p.RoundId == r.Id && (p.PersonA == person || p.PersonB == person)),
            })
            .ToListAsync(cancellationToken);
        Rows = [.. rounds.Select(x => new Row(x.Round.Id, x.Round.Title, x.Round.Status, x.Round.SignUpClosesOn, x.Round.Slots.FirstOrDefault(),
                x.Round.Slots.LastOrDefault(), x.SignUps, x.Pairs, x.SignedUp, x.Round.Status == ExchangeRoundStatus.Published && x.Paired,
                x.Round.TakesSignUps(today)))
            // Everyone else sees what they can join and what they are part of.
            .Where(r => IsLeadership || r.TakesSignUps || r.SignedUp)];
        return Page();
    }

    public static string Dates(Row row) =>
        row.FirstSlot is null ? "" : $"{UkTime.Day(ExchangeSlot.Parse(row.FirstSlot)?.Date)} to {UkTime.Day(ExchangeSlot.Parse(row.LastSlot)?.Date)}";
}
