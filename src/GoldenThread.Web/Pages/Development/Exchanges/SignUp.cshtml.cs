using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>
/// Signing up for a round, changing the sign-up or withdrawing, until sign-up closes: the half-days one could make and up
/// to <see cref="MostAvoided"/> people one must not be paired with. Open to anyone of the system whose account is linked to
/// their register entry and, when the round is for some places, who works in one of them.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class SignUpModel(GoldenThreadDbContext db, TimeProvider time) : ExchangePage(db)
{
    public const int MostAvoided = ExchangeRules.MostAvoided;

    [BindProperty] public List<string> Availability { get; set; } = [];
    [BindProperty] public List<Guid?> Avoid { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    /// <summary>Why the signed-in person cannot sign up; null when they can.</summary>
    public string? CannotSignUp { get; private set; }
    public bool SignedUp { get; private set; }
    public IReadOnlyList<Choice> HalfDays { get; private set; } = [];
    public IReadOnlyList<Choice> People { get; private set; } = [];
    private Person me = null!;

    public async Task<IActionResult> OnGetAsync(string code, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, exchangeId, cancellationToken)) return NotFound();
        if (CannotSignUp is null && await SignUpAsync(tracked: false, cancellationToken) is { } signUp)
            (Availability, Avoid, Version) = (signUp.Availability, [.. signUp.Avoid.Select(a => (Guid?)a)], signUp.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, exchangeId, cancellationToken)) return NotFound();
        if (CannotSignUp is not null) return Refuse();
        var avoid = Avoid.OfType<Guid>().Distinct().ToList();
        var errors = ExchangeRules.CheckSignUp(Round.Slots, Availability, avoid, me.Id, DevelopmentWeights.Default.Exchange.MinimumSharedSlots);
        foreach (var error in errors) this.AddError(error.Field == "avoid" ? "Avoid[0]" : nameof(Availability), error.Message);
        for (var i = 0; i < Avoid.Count; i++)
            if (Avoid[i] is { } other && other != me.Id && People.All(p => p.Value != other.ToString()))
                this.AddError($"Avoid[{i}]", "Select a person of this system");
        if (!ModelState.IsValid) return Page();

        var signUp = await SignUpAsync(tracked: true, cancellationToken);
        var now = time.GetUtcNow();
        if (signUp is null)
        {
            signUp = new ExchangeSignUp { SystemId = SystemId, RoundId = Round.Id, PersonId = me.Id, SignedUpAt = now };
            Db.ExchangeSignUps.Add(signUp);
        }
        (signUp.Availability, signUp.Avoid, signUp.UpdatedAt) = ([.. Round.Slots.Where(Availability.Contains)], avoid, now);
        return await SaveAsync(signUp, SignedUp ? "Your sign-up is changed" : $"You are signed up for {Round.Title}", cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string code, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, exchangeId, cancellationToken)) return NotFound();
        if (CannotSignUp is not null) return Refuse();
        if (await SignUpAsync(tracked: true, cancellationToken) is not { } signUp) return Redirect(ListHref);
        Db.ExchangeSignUps.Remove(signUp);
        return await SaveAsync(signUp, $"You have withdrawn from {Round.Title}", cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(ExchangeSignUp signUp, string done, CancellationToken cancellationToken)
    {
        if (!SignedUp || await Db.SaveIfUnchangedAsync(signUp, Version, cancellationToken))
        {
            if (!SignedUp) await Db.SaveChangesAsync(cancellationToken);
            TempData["Done"] = done;
            return Redirect(ListHref);
        }
        this.AddError("", "Your sign-up was changed in another window meanwhile, so nothing was saved. Check it and save again");
        if (await SignUpAsync(tracked: false, cancellationToken) is { } current)
            (Availability, Avoid, Version) = (current.Availability, [.. current.Avoid.Select(a => (Guid?)a)], current.Version);
        return Page();
    }

    /// <summary>A form posted once sign-up closed (or from someone who may not sign up) is shown again saying why.</summary>
    private IActionResult Refuse()
    {
        this.AddError("", CannotSignUp!);
        return Page();
    }

    private Task<ExchangeSignUp?> SignUpAsync(bool tracked, CancellationToken cancellationToken)
    {
        var query = Db.ExchangeSignUps.Where(s => s.RoundId == Round.Id && s.PersonId == me.Id);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<bool> EnterAsync(string code, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, exchangeId, "Sign up for a workplace exchange", tracked: false, cancellationToken)) return false;
        HalfDays = [.. Round.Slots.Select(s => new Choice(s, ExchangeSlot.Parse(s)?.Describe() ?? s))];
        if (await MeAsync(cancellationToken) is not { } person)
        {
            CannotSignUp = "Your account is not linked to your entry in this system's register, so you cannot sign up. Ask your system administrator to link it";
            return true;
        }
        me = person;
        SignedUp = await Db.ExchangeSignUps.AnyAsync(s => s.RoundId == Round.Id && s.PersonId == me.Id, cancellationToken);
        if (SignedUp) Title = "Your exchange sign-up";
        var place = await Db.Organisations.Where(o => o.Id == me.OrganisationId).Select(o => o.PlaceId).FirstOrDefaultAsync(cancellationToken);
        if (!Round.TakesSignUps(UkTime.Today(time)))
            CannotSignUp = $"Sign-up for {Round.Title} closed on {UkTime.Day(Round.SignUpClosesOn)}";
        else if (Round.PlaceIds.Count > 0 && (place is null || !Round.PlaceIds.Contains(place.Value)))
            CannotSignUp = $"{Round.Title} is for people working in {Prose.List(await Db.Places.Where(p => Round.PlaceIds.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken), "or")}";
        People = [.. (await RegisterChoices.PeopleAsync(Db, SystemId, cancellationToken)).Where(p => p.Value != me.Id.ToString())];
        return true;
    }
}
