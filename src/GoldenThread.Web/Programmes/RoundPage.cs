using GoldenThread.Data;
using GoldenThread.Programmes;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Programmes;

/// <summary>
/// A page of the national programme area about one round (or the list of them): its breadcrumbs run from the
/// operator's list of rounds through the round. Rounds are national, so the page has no system and the header shows
/// the national navigation.
/// </summary>
public abstract class RoundPage : GoldenThreadPage
{
    public ProgrammeRound Round { get; protected set; } = null!;

    /// <summary>The address of the round's overview.</summary>
    public static string Href(Guid roundId) => $"/programmes/rounds/{roundId}";

    protected void EnterProgrammes(string title)
    {
        Title = title;
        Breadcrumbs = [new Crumb("Programme rounds", ProgrammeNavigation.RoundsHref)];
    }

    /// <summary>Finds the round and puts it in the breadcrumbs; false when there is no such round.</summary>
    protected async Task<bool> EnterRoundAsync(GoldenThreadDbContext db, Guid roundId, string title, CancellationToken cancellationToken,
        bool tracked = false)
    {
        var query = db.ProgrammeRounds.Where(r => r.Id == roundId);
        if (await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken) is not { } round) return false;
        Round = round;
        EnterProgrammes(title);
        Breadcrumbs = [.. Breadcrumbs, new Crumb(round.Name, Href(round.Id))];
        return true;
    }
}
