using GoldenThread.Data.Network;
using GoldenThread.Interchange;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Interchange;

/// <summary>
/// Imports a valid <c>goldenthread/network/v1</c> document into the store as one system's network, keeping the
/// rows the file still describes (see <see cref="NetworkReconciler"/>). <see cref="StageAsync"/> puts every change
/// in the context's change tracker and describes it; the caller then saves (one transaction, so all or nothing)
/// or discards. A preview and the import it previews are the same computation.
/// </summary>
public static class NetworkImport
{
    /// <summary>Stages the import and describes it; nothing is written until the caller saves.</summary>
    /// <param name="mayCreateSystem">Whether a file whose system code is not stored may create that system.</param>
    /// <returns>The changes, or null when the system does not exist and may not be created.</returns>
    public static async Task<NetworkChanges?> StageAsync(
        GoldenThreadDbContext db, NetworkDocument document, bool mayCreateSystem, CancellationToken cancellationToken)
    {
        var stored = await NetworkStore.LoadAsync(db, document.System.Code, tracked: true, cancellationToken);
        if (stored is null && !mayCreateSystem) return null;

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var before = stored is null ? null : NetworkFile.Fingerprint(NetworkExport.Document(stored));
            var (rows, removed) = NetworkReconciler.Reconcile(stored, document);
            foreach (var row in RowsAndChildren(rows))
                if (db.Entry(row).State == EntityState.Detached) db.Add(row);
            // Changed references first, then dependants before what they depend on: the reconciler lists removed
            // rows parents first, children last.
            db.ChangeTracker.DetectChanges();
            foreach (var row in removed.Reverse()) db.Remove(row);
            var consequences = await RemovedRowReferences.EndAsync(db, removed, cancellationToken);
            db.ChangeTracker.DetectChanges();
            return NetworkChangeReport.Describe(db, rows, before, consequences);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Inside the caller's transaction, holds the system's row until commit, so that two imports of one system (two
    /// confirms of a preview, say) run one after the other and the second sees what the first wrote. False when no
    /// system has the code.
    /// </summary>
    public static async Task<bool> LockSystemAsync(GoldenThreadDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Systems.WithCode(code).ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version), cancellationToken) == 1;

    private static IEnumerable<object> RowsAndChildren(NetworkEntities rows) =>
        rows.AllRows()
            .Concat(rows.Bodies.SelectMany(b => b.FeedsInto))
            .Concat(rows.Posts.SelectMany(p => p.Successors));
}
