using GoldenThread.Data;
using GoldenThread.Data.Interchange;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Web.Access;
using GoldenThread.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Interchange;

/// <summary>
/// What an uploaded file will change, worked out afresh against the network as it is now, and the button that
/// makes the change. The confirmation carries the fingerprint of the network the reader saw: if anyone changed
/// the network in between, nothing is imported and the new preview is shown.
/// </summary>
[Authorize(Policy = Policies.SystemLeadership)]
public sealed class PreviewModel(GoldenThreadDbContext db, TimeProvider time) : GoldenThreadPage
{
    [BindProperty] public string? Fingerprint { get; set; }

    public NetworkUpload Upload { get; private set; } = null!;
    public NetworkChanges? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, Guid uploadId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, uploadId, cancellationToken)) return NotFound();
        if (Upload.ImportedAt is null) await PreviewAsync(code, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, Guid uploadId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, uploadId, cancellationToken)) return NotFound();
        if (Upload.ImportedAt is not null) return Redirect(Request.Path);
        var reading = NetworkFile.Read(Upload.Content, Vocabularies.Default);
        if (reading.Document is null)
        {
            // The file was good when uploaded; the vocabularies have changed since.
            this.AddError("confirm", $"The file no longer passes the checks ({reading.Errors[0]}). Upload it again to see every problem");
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await NetworkImport.LockSystemAsync(db, code, cancellationToken);
        // Claimed inside the lock: a second confirm of the same upload waits, then finds it imported.
        var claimed = await db.NetworkUploads.Where(u => u.Id == Upload.Id && u.ImportedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.ImportedAt, time.GetUtcNow()), cancellationToken);
        if (claimed == 0) return Redirect(Request.Path);
        var changes = (await NetworkImport.StageAsync(db, reading.Document, mayCreateSystem: false, cancellationToken))!;
        if (changes.Before != Fingerprint) return await ChangedSincePreviewAsync(code, transaction, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
                return await ChangedSincePreviewAsync(code, transaction, cancellationToken);
        }
        // The file's people are now in the register (and its changes in the audit trail): keep no second copy of them.
        await db.NetworkUploads.Where(u => u.Id == Upload.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Outcome, Outcome(changes)).SetProperty(x => x.Content, ""), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Redirect(Request.Path);
    }

    private async Task<IActionResult> ChangedSincePreviewAsync(string code, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.RollbackAsync(cancellationToken);
        db.ChangeTracker.Clear();
        this.AddError("confirm", "The network changed after this preview was made. Check the changes below again, then confirm");
        await PreviewAsync(code, cancellationToken);
        return Page();
    }

    public static string Outcome(NetworkChanges changes) =>
        changes.ChangesNothing ? "nothing changed" : $"{changes.Added:N0} added, {changes.Changed:N0} changed, {changes.Removed:N0} removed";

    private async Task PreviewAsync(string code, CancellationToken cancellationToken)
    {
        var reading = NetworkFile.Read(Upload.Content, Vocabularies.Default);
        Changes = await NetworkImport.StageAsync(db, reading.Document!, mayCreateSystem: false, cancellationToken);
        db.ChangeTracker.Clear();
        Fingerprint = Changes!.Before;
        ModelState.Remove(nameof(Fingerprint)); // the field shows the fingerprint just computed, not the one posted
    }

    private async Task<bool> LoadAsync(string code, Guid uploadId, CancellationToken cancellationToken)
    {
        if (await EnterSystemAsync(db, code, "Check the changes", cancellationToken) is not { } system) return false;
        Breadcrumbs = [.. Breadcrumbs, new Crumb("Network file", $"/systems/{system.Code}/network")];
        var upload = await db.NetworkUploads.AsNoTracking().SingleOrDefaultAsync(u => u.Id == uploadId && u.SystemId == system.Id, cancellationToken);
        if (upload is null) return false;
        Upload = upload;
        if (upload.ImportedAt is not null) Title = "Network imported";
        return true;
    }
}
