using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Development.Mentoring;

/// <summary>A page of a system's mentoring: finds the system and puts Mentoring in the breadcrumbs.</summary>
public abstract class MentoringPage(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    protected GoldenThreadDbContext Db => db;
    protected TimeProvider Time => time;
    public string Code { get; private set; } = "";
    protected Guid SystemId { get; private set; }
    public string MentoringHref => $"/systems/{Code}/development/mentoring";
    public string RoundsHref => $"{MentoringHref}/rounds";
    public DateOnly Today => UkTime.Today(time);
    /// <summary>What the last change did, carried across the redirect after it.</summary>
    [TempData] public string? Done { get; set; }

    /// <summary>False when there is no such system.</summary>
    protected async Task<bool> EnterAsync(string code, string title, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        (Code, SystemId) = (system.Code, system.Id);
        Within("Mentoring", MentoringHref);
        return true;
    }

    /// <summary>The system's round of that id, untracked unless <paramref name="tracked"/>; null when it has none.</summary>
    protected Task<MentoringRound?> RoundAsync(Guid roundId, bool tracked, CancellationToken cancellationToken)
    {
        var rounds = db.MentoringRounds.Where(r => r.SystemId == SystemId && r.Id == roundId);
        return (tracked ? rounds : rounds.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }
}
