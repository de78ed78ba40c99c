using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring;

/// <summary>Offers to mentor in a round, changes the offer or withdraws it, until the round closes.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class OfferModel(GoldenThreadDbContext db, TimeProvider time) : TakingPartForm(db, time)
{
    private static readonly string[] FieldOrder = ["capacity", "professions", "settings", "avoid"];

    /// <summary>
    /// Pairs are scored on what mentees ask for (matching.md), so a mentor's professions and settings never change who
    /// they are paired with; the coordinator sees them when reviewing the pairs, and the mentor should know that.
    /// </summary>
    public const string SupportHint =
        "Select all that apply. This does not change who you are paired with: pairs are made on what mentees ask for. "
        + "The coordinator sees it when they review the pairs";

    /// <summary>Bound as text, so that anything but 1 to 5 is our error, in our words.</summary>
    [BindProperty] public string? Capacity { get; set; }

    public static IReadOnlyList<Choice> Capacities =>
        [.. Enumerable.Range(MentorOffer.LeastCapacity, MentorOffer.MostCapacity - MentorOffer.LeastCapacity + 1).Select(n => new Choice(n.ToString(CultureInfo.InvariantCulture), Prose.Count(n, "mentee")))];

    public async Task<IActionResult> OnGetAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, mentoringRoundId, "Offer to mentor", cancellationToken)) return NotFound();
        if (await MineAsync(tracked: false, cancellationToken) is { } offer)
        {
            Fill(offer.Professions, offer.Settings, offer.Avoid, offer.Version);
            Capacity = offer.Capacity.ToString(CultureInfo.InvariantCulture);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, mentoringRoundId, "Offer to mentor", cancellationToken)) return NotFound();
        if (!Open) return Page();
        var capacity = int.TryParse(Capacity, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var errors = MentoringRules.CheckOffer(new(capacity, Professions, Settings, AvoidIds), Me!.Value, await RegisterAsync(cancellationToken), Vocabularies.Default);
        var offer = await MineAsync(tracked: true, cancellationToken);
        Exists = offer is not null;
        if (errors.Count > 0)
        {
            ShowErrors(errors, FieldOrder);
            return Page();
        }
        var now = Time.GetUtcNow();
        var added = offer is null;
        offer ??= new MentorOffer { SystemId = SystemId, RoundId = Round.Id, PersonId = Me.Value, CreatedAt = now };
        (offer.Capacity, offer.Professions, offer.Settings, offer.Avoid, offer.UpdatedAt) = (capacity!.Value, [.. Professions], [.. Settings], [.. AvoidIds], now);
        return await SaveAsync(offer, added, added ? $"Thank you for offering to mentor in {Round.Title}" : "Your offer to mentor is changed", cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, mentoringRoundId, "Offer to mentor", cancellationToken)) return NotFound();
        return await WithdrawAsync(await MineAsync(tracked: true, cancellationToken), $"Your offer to mentor in {Round.Title} is withdrawn", cancellationToken);
    }

    private Task<MentorOffer?> MineAsync(bool tracked, CancellationToken cancellationToken)
    {
        var offers = Db.MentorOffers.Where(o => o.RoundId == Round.Id && o.PersonId == Me);
        return (tracked ? offers : offers.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }
}
