using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring;

/// <summary>Asks for a mentor in a round, changes the request or withdraws it, until the round closes.</summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class RequestModel(GoldenThreadDbContext db, TimeProvider time) : TakingPartForm(db, time)
{
    private static readonly string[] FieldOrder = ["professions", "settings", "hopes", "avoid"];

    [BindProperty] public string? Hopes { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, mentoringRoundId, "Ask for a mentor", cancellationToken)) return NotFound();
        if (await MineAsync(tracked: false, cancellationToken) is { } request)
        {
            Fill(request.Professions, request.Settings, request.Avoid, request.Version);
            Hopes = request.Hopes;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, mentoringRoundId, "Ask for a mentor", cancellationToken)) return NotFound();
        if (!Open) return Page();
        var errors = MentoringRules.CheckRequest(new(Professions, Settings, Hopes, AvoidIds), Me!.Value, await RegisterAsync(cancellationToken), Vocabularies.Default);
        var request = await MineAsync(tracked: true, cancellationToken);
        Exists = request is not null;
        if (errors.Count > 0)
        {
            ShowErrors(errors, FieldOrder);
            return Page();
        }
        var now = Time.GetUtcNow();
        var added = request is null;
        request ??= new MenteeRequest { SystemId = SystemId, RoundId = Round.Id, PersonId = Me.Value, Hopes = "", CreatedAt = now };
        (request.Professions, request.Settings, request.Hopes, request.Avoid, request.UpdatedAt) = ([.. Professions], [.. Settings], Hopes!.Trim(), [.. AvoidIds], now);
        return await SaveAsync(request, added, added ? $"You have asked for a mentor in {Round.Title}" : "Your request for a mentor is changed", cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string code, Guid mentoringRoundId, CancellationToken cancellationToken)
    {
        if (!await EnterRoundAsync(code, mentoringRoundId, "Ask for a mentor", cancellationToken)) return NotFound();
        return await WithdrawAsync(await MineAsync(tracked: true, cancellationToken), $"Your request for a mentor in {Round.Title} is withdrawn", cancellationToken);
    }

    private Task<MenteeRequest?> MineAsync(bool tracked, CancellationToken cancellationToken)
    {
        var requests = Db.MenteeRequests.Where(r => r.RoundId == Round.Id && r.PersonId == Me);
        return (tracked ? requests : requests.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }
}
