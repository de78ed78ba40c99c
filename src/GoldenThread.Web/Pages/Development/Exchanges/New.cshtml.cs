using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>Opens a workplace exchange round: its half-days, the places it is for, when sign-up closes and how long a visit takes.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    private static readonly string[] FieldOrder = ["title", "description", "slots", "placeIds", "signUpClosesOn", "visitHours"];

    [BindProperty] public string? RoundTitle { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Slots { get; set; }
    [BindProperty] public List<string> PlaceIds { get; set; } = [];
    [BindProperty] public DateParts SignUpClosesOn { get; set; } = new();
    [BindProperty] public string? VisitHours { get; set; } = ExchangeRound.DefaultVisitHours.ToString(CultureInfo.InvariantCulture);

    public string Code { get; private set; } = "";
    public IReadOnlyList<Choice> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterAsync(code, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, cancellationToken) is not { } system) return NotFound();
        var closes = SignUpClosesOn.Read("sign-up closing date", required: true);
        decimal? hours = FormNumbers.TryDecimal(VisitHours, out var h) ? h : null;
        var fields = new ExchangeRoundFields(RoundTitle, Description, Slots, closes.Date, hours);
        var errors = ExchangeRules.CheckRound(fields, UkTime.Today(time), DevelopmentWeights.Default.Exchange.MinimumSharedSlots);
        if (closes.Error is { } problem) errors = [.. errors.Where(e => e.Field != "signUpClosesOn"), new FieldError("signUpClosesOn", problem)];
        if (hours is null && !string.IsNullOrWhiteSpace(VisitHours))
            errors = [.. errors.Where(e => e.Field != "visitHours"), new FieldError("visitHours", "Hours a visit takes must be a number, like 3.5")];
        if (PlaceIds.Any(p => Places.All(c => c.Value != p))) errors.Add(new FieldError("placeIds", "Select places of this system"));
        if (errors.Count > 0)
        {
            this.AddErrors(errors.Select(e => e.Field == "title" ? e with { Field = "roundTitle" } : e), [.. FieldOrder.Select(f => f == "title" ? "roundTitle" : f)]);
            return Page();
        }
        var round = new ExchangeRound
        {
            SystemId = system.Id, Title = RoundTitle!.Trim(), Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
            Slots = [.. ExchangeRules.ReadSlots(Slots).Slots.Select(s => s.ToString())], PlaceIds = [.. PlaceIds.Distinct().Select(Guid.Parse)],
            SignUpClosesOn = closes.Date!.Value, VisitHours = hours!.Value, CreatedAt = time.GetUtcNow(), CreatedByAccountId = User.AccountId(),
        };
        db.ExchangeRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{round.Title} is open for sign-up";
        return Redirect($"/systems/{Code}/development/exchanges/{round.Id}");
    }

    private async Task<SystemHeading?> EnterAsync(string code, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Open a workplace exchange round", cancellationToken) is not { } system) return null;
        Code = system.Code;
        Within("Workplace exchanges", $"/systems/{Code}/development/exchanges");
        Places = await RegisterChoices.PlacesAsync(db, system.Id, cancellationToken);
        return system;
    }
}
