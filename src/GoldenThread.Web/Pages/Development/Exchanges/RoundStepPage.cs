using GoldenThread.Data;
using GoldenThread.Development;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Development.Exchanges;

/// <summary>
/// A step the leadership team takes on a round in one status (close sign-up, remove or swap pairs, publish), asked on a
/// page and taken on its form. The step is saved only onto the version of the round the page showed, so two coordinators
/// never change its pairs from under each other: every step moves the round to its next version.
/// </summary>
public abstract class RoundStepPage(GoldenThreadDbContext db) : ExchangePage(db)
{
    [BindProperty] public int Version { get; set; }

    /// <summary>The status the round must be in for the step.</summary>
    public abstract ExchangeRoundStatus From { get; }
    protected abstract string PageTitle { get; }
    public bool CanTake => Round.Status == From;

    /// <summary>Reads what the page shows once the round is found; false when what the route names is not in the round.</summary>
    protected virtual Task<bool> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>Takes the step on the tracked round; the message to say once saved, or null after adding errors to show the page again.</summary>
    protected abstract Task<string?> TakeAsync(CancellationToken cancellationToken);

    public async Task<IActionResult> OnGetAsync(string code, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, exchangeId, PageTitle, tracked: false, cancellationToken) || !await ReadAsync(cancellationToken)) return NotFound();
        Version = Round.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid exchangeId, CancellationToken cancellationToken)
    {
        if (!await EnterAsync(code, exchangeId, PageTitle, tracked: true, cancellationToken) || !await ReadAsync(cancellationToken)) return NotFound();
        if (!CanTake) return Page();
        var version = Version;
        if (await TakeAsync(cancellationToken) is not { } done)
        {
            Version = version;
            return Page();
        }
        Db.Entry(Round).Property(r => r.Version).IsModified = true;
        if (await Db.SaveIfUnchangedAsync(Round, version, cancellationToken))
        {
            TempData["Done"] = done;
            return Redirect(Href);
        }
        if (!await EnterAsync(code, exchangeId, PageTitle, tracked: false, cancellationToken) || !await ReadAsync(cancellationToken)) return NotFound();
        Version = Round.Version;
        this.AddError("", "Someone else changed this round's pairs meanwhile, so nothing was saved. Check the round and try again");
        return Page();
    }
}
