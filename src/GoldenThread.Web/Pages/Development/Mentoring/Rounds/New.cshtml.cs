using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Development.Mentoring.Rounds;

/// <summary>Opens a mentoring round: its title, what it is for, and the last day to offer or ask.</summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class NewModel(GoldenThreadDbContext db, TimeProvider time) : MentoringPage(db, time)
{
    // The rules call the title "title"; the page's own Title is its heading.
    private static readonly string[] FieldOrder = ["roundTitle", "description", "closesOn"];

    [BindProperty] public string? RoundTitle { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateParts ClosesOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await EnterRoundsAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterRoundsAsync(code, cancellationToken)) return NotFound();
        var closes = ClosesOn.Read("closing date", required: true);
        var errors = MentoringRules.CheckRound(new(RoundTitle, Description, closes.Date), Today);
        if (closes.Error is { } problem) errors = [.. errors.Where(e => e.Field != "closesOn"), new("closesOn", problem)];
        if (errors.Count > 0)
        {
            this.AddErrors(errors.Select(e => e.Field == "title" ? e with { Field = "roundTitle" } : e), FieldOrder);
            return Page();
        }
        var round = new MentoringRound
        {
            SystemId = SystemId, Title = RoundTitle!.Trim(), Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
            ClosesOn = closes.Date!.Value, CreatedAt = Time.GetUtcNow(), CreatedByAccountId = User.AccountId(),
        };
        Db.MentoringRounds.Add(round);
        await Db.SaveChangesAsync(cancellationToken);
        Done = $"{round.Title} is open: members of the system can offer to mentor or ask for a mentor until {UkTime.Day(round.ClosesOn)}";
        return Redirect($"{RoundsHref}/{round.Id}");
    }

    private async Task<bool> EnterRoundsAsync(string code, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, "Open a mentoring round", cancellationToken)) return false;
        Within("Rounds", RoundsHref);
        return true;
    }
}
