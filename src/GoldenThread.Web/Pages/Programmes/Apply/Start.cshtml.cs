using GoldenThread.Data;
using GoldenThread.Network;
using GoldenThread.Programmes;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Programmes.Apply;

/// <summary>
/// The start page of an application to a round: what a team needs before it begins; starting makes a draft with the
/// round's next journey reference, owned by whoever started it.
/// </summary>
[Authorize(Policy = Policies.SystemMember)]
public sealed class StartModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    public string Code { get; private set; } = "";
    public ProgrammeRound Round { get; private set; } = null!;
    public IReadOnlyList<string> PriorityAreas { get; private set; } = [];
    public bool TakesApplications { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid roundId, CancellationToken cancellationToken) =>
        await EnterAsync(code, roundId, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string code, Guid roundId, CancellationToken cancellationToken)
    {
        if (await EnterAsync(code, roundId, cancellationToken) is not { } systemId) return NotFound();
        if (!TakesApplications) return Page();
        // Two teams starting at once may both take the same next reference; the unique index refuses the second, which tries the next.
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var application = new TeamApplication
            {
                SystemId = systemId, RoundId = Round.Id, Reference = await NextReferenceAsync(cancellationToken),
                Source = ApplicationSource.Journey, CreatedByAccountId = User.AccountId(), CreatedAt = now, UpdatedAt = now,
            };
            db.TeamApplications.Add(application);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Redirect(ApplyJourney.Href(Code, application.Id, ApplyJourney.Steps[0].Slug));
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (attempt < 3) continue;
                ModelState.AddModelError("", "Other teams started applications at the same moment. Try again.");
                return Page();
            }
        }
    }

    /// <summary>
    /// References are unique within the round across every system, so the round's references are read past the system
    /// scope: only the references, nothing else of another system's applications.
    /// </summary>
    private async Task<string> NextReferenceAsync(CancellationToken cancellationToken) =>
        ApplicationReference.Next(await db.TeamApplications.IgnoreQueryFilters().Where(a => a.RoundId == Round.Id)
            .Select(a => a.Reference).ToListAsync(cancellationToken));

    private async Task<Guid?> EnterAsync(string code, Guid roundId, CancellationToken cancellationToken)
    {
        var round = await db.ProgrammeRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null) return null;
        if (await EnterSystemAsync(db, code, $"Apply to {round.Name}", cancellationToken) is not { } system) return null;
        if (round.Systems.FirstOrDefault(s => string.Equals(s.Code, system.Code, StringComparison.OrdinalIgnoreCase)) is not { } taking) return null;
        (Code, Round, PriorityAreas) = (system.Code, round, taking.PriorityAreas);
        TakesApplications = round.TakesApplications(UkDate.Today(time));
        Within("Programmes", $"/systems/{Code}/programmes");
        return system.Id;
    }
}
