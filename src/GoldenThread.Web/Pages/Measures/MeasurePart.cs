using GoldenThread.Data;
using GoldenThread.Measures;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Measures;

/// <summary>A page about part of one measure (its points or notes): finds the measure, tracked, and puts it in the breadcrumbs.</summary>
public abstract class MeasurePart(GoldenThreadDbContext db) : GoldenThreadPage
{
    protected GoldenThreadDbContext Db => db;
    public string Code { get; private set; } = "";
    public Measure Measure { get; private set; } = null!;
    public string MeasureHref => $"/systems/{Code}/measures/{Measure.Id}";

    protected async Task<bool> EnterAsync(string code, Guid measureId, string title, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, title, cancellationToken) is not { } system) return false;
        if (await db.Measures.SingleOrDefaultAsync(m => m.SystemId == system.Id && m.Id == measureId, cancellationToken) is not { } measure) return false;
        (Code, Measure) = (system.Code, measure);
        Within("Measures", $"/systems/{Code}/measures");
        Within(measure.Name, MeasureHref);
        return true;
    }

    /// <summary>
    /// Saves, then goes back to the measure saying <paramref name="done"/>. Points added at the same moment by someone
    /// else (the same date twice) save nothing and put an error on <paramref name="conflictField"/>; a removal of what
    /// someone else has just removed has its result already.
    /// </summary>
    protected async Task<IActionResult> SaveAndReturnAsync(string done, CancellationToken cancellationToken, string? conflictField = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (conflictField is null)
        {
            db.ChangeTracker.Clear();
        }
        catch (DbUpdateException) when (conflictField is not null)
        {
            db.ChangeTracker.Clear();
            this.AddError(conflictField, "Someone else changed this measure's points while yours were being saved, so nothing was saved. Check its points and try again");
            return Page();
        }
        TempData["Done"] = done;
        return Redirect(MeasureHref);
    }
}
