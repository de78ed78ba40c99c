using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Programmes;

/// <summary>A page of a round's outcome (selection, publication, summary): the round, and breadcrumbs up to it.</summary>
public abstract class RoundOutcomePage(GoldenThreadDbContext db) : GoldenThreadPage
{
    protected GoldenThreadDbContext Db => db;
    public ProgrammeRound Round { get; private set; } = null!;
    public string RoundHref => $"/programmes/rounds/{Round.Id}";
    [Microsoft.AspNetCore.Mvc.TempData] public string? Done { get; set; }

    /// <summary>Finds the round (untracked) and puts the page under it; false when there is no such round.</summary>
    protected async Task<bool> EnterRoundAsync(Guid roundId, string title, CancellationToken cancellationToken, params Crumb[] within)
    {
        if (await db.ProgrammeRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken) is not { } round) return false;
        Round = round;
        Title = $"{title} – {round.Name}";
        Breadcrumbs = [new Crumb("Programmes", "/programmes"), new Crumb(round.Name, RoundHref), .. within];
        return true;
    }
}
