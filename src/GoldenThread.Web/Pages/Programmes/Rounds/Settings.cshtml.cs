using GoldenThread.Audit;
using GoldenThread.Data.Programmes;
using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Rounds;

/// <summary>
/// Changes a round's details, dates, rules and systems. Once teams have submitted, a change of the rules is never
/// silent: the operator first sees which applications it would make eligible or not eligible and gives a reason, and
/// the audit trail keeps both with the changed values. Eligibility is re-run by being read again.
/// </summary>
[Authorize(Policy = Policies.ProgrammeOperator)]
public sealed class SettingsModel(GoldenThreadDbContext database, TimeProvider time) : RoundForm(database)
{
    public const int ReasonLength = 1_000;
    private const string PageTitle = "Change the round";

    [BindProperty] public string? Reason { get; set; }

    public override bool CodeEditable => false;
    /// <summary>The change needs the operator's confirmation and reason before it is saved.</summary>
    public bool Confirming { get; private set; }
    public IReadOnlyList<RoundDifference> Differences { get; private set; } = [];
    public IReadOnlyList<EligibilityChanges.Change> Effects { get; private set; } = [];
    public int Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, cancellationToken)) return NotFound();
        Fill(Round);
        return Page();
    }

    /// <summary>Checks the change; saves it at once unless it changes the rules of a round teams have submitted to.</summary>
    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, cancellationToken)) return NotFound();
        if (await CheckAsync(await SystemsAppliedAsync(cancellationToken), cancellationToken) is not { } values) return Page();
        await PreviewAsync(values, cancellationToken);
        if (Differences.Count == 0)
        {
            TempData["Done"] = "Nothing was changed";
            return Redirect(Href(Round.Id));
        }
        if (Submitted == 0 || !Differences.Any(d => d.Rule)) return await SaveAsync(values, null, cancellationToken);
        return Confirmation();
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(roundId, cancellationToken)) return NotFound();
        if (await CheckAsync(await SystemsAppliedAsync(cancellationToken), cancellationToken) is not { } values) return Page();
        await PreviewAsync(values, cancellationToken);
        var reason = Reason?.Trim() ?? "";
        if (reason.Length == 0) this.AddError(nameof(Reason), "Enter why the round's rules are changing");
        else if (reason.Length > ReasonLength) this.AddError(nameof(Reason), $"Reason must be {ReasonLength:N0} characters or fewer");
        return ModelState.IsValid ? await SaveAsync(values, reason, cancellationToken) : Confirmation();
    }

    private PageResult Confirmation()
    {
        (Confirming, Title) = (true, $"Check the change to {Round.Name}");
        return Page();
    }

    /// <summary>Back from the confirmation to the form, as the operator left it.</summary>
    public async Task<IActionResult> OnPostEditAsync(Guid roundId, CancellationToken cancellationToken) =>
        await EnterAsync(roundId, cancellationToken) ? Page() : NotFound();

    private async Task<bool> EnterAsync(Guid roundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(Db, roundId, PageTitle, cancellationToken)) return false;
        Editing = Round;
        await LoadSystemsAsync(cancellationToken);
        return true;
    }

    /// <summary>The systems with applications in the round, of any state: they cannot leave it.</summary>
    private async Task<List<string>> SystemsAppliedAsync(CancellationToken cancellationToken) =>
        await Db.TeamApplications.AsNoTracking().Where(a => a.RoundId == Round.Id)
            .Join(Db.Systems, a => a.SystemId, s => s.Id, (a, s) => s.Code).Distinct().ToListAsync(cancellationToken);

    /// <summary>What the change alters, and what the submitted applications' eligibility would be under it.</summary>
    private async Task PreviewAsync(RoundValues values, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var before = (await RoundEligibility.EvaluateAsync(Db, Round.Id, now, cancellationToken))!;
        var changed = await Db.ProgrammeRounds.AsNoTracking().SingleAsync(r => r.Id == Round.Id, cancellationToken);
        values.ApplyTo(changed);
        Differences = RoundDifferences.Between(Round, changed);
        Effects = EligibilityChanges.Between(before, RoundEligibility.Of(changed, [.. before.Applications.Values], now));
        Submitted = before.Applications.Count;
    }

    private async Task<IActionResult> SaveAsync(RoundValues values, string? reason, CancellationToken cancellationToken)
    {
        if (await Db.ProgrammeRounds.SingleOrDefaultAsync(r => r.Id == Round.Id, cancellationToken) is not { } round) return NotFound();
        values.ApplyTo(round);
        if (reason is not null)
        {
            round.Explanation.Add(new AuditChange("Reason", null, reason));
            round.Explanation.Add(new AuditChange("Eligibility", null, EligibilityChanges.Summary(Effects)));
        }
        var done = Effects.Count(e => e.VerdictChanges) is var flips and > 0
            ? $"{round.Name} changed: {flips} {(flips == 1 ? "application's" : "applications'")} eligibility changed"
            : $"{round.Name} changed";
        // Someone else changed the round meanwhile: the form shows the round as it is now, to change again knowing it.
        return await SaveEditAsync(Db, round, Version, "round",
            () => Db.ProgrammeRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == Round.Id, cancellationToken),
            current =>
            {
                (Round, Editing, Title) = (current, current, PageTitle);
                Fill(current);
            },
            done, Href(round.Id), cancellationToken);
    }
}
