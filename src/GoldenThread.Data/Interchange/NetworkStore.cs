using GoldenThread.Data.Network;
using GoldenThread.Interchange;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Interchange;

/// <summary>Reads one system's whole network from the store, as rows or as a <c>goldenthread/network/v1</c> document.</summary>
public static class NetworkStore
{
    /// <summary>The network of the system with this code, or null when there is none (or it is outside the caller's scope).</summary>
    /// <param name="tracked">Whether the rows are tracked for changes (an import) or read only (an export).</param>
    public static async Task<NetworkEntities?> LoadAsync(GoldenThreadDbContext db, string code, bool tracked, CancellationToken cancellationToken)
    {
        var system = await Query(db.Systems, tracked).WithCode(code).SingleOrDefaultAsync(cancellationToken);
        if (system is null) return null;
        var id = system.Id;
        return new NetworkEntities(system,
            await Query(db.Places, tracked).Where(p => p.SystemId == id).OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(cancellationToken),
            await Query(db.Neighbourhoods, tracked).Where(n => n.SystemId == id).OrderBy(n => n.Name).ThenBy(n => n.Id).ToListAsync(cancellationToken),
            await Query(db.Organisations, tracked).Where(o => o.SystemId == id).OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken),
            await Query(db.People, tracked).Where(p => p.SystemId == id).OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(cancellationToken),
            await Query(db.Bodies, tracked).Include(b => b.FeedsInto).Where(b => b.SystemId == id).OrderBy(b => b.Name).ThenBy(b => b.Id).ToListAsync(cancellationToken),
            await Query(db.Memberships, tracked).Where(m => m.SystemId == id).OrderBy(m => m.Start).ThenBy(m => m.Id).ToListAsync(cancellationToken),
            await Query(db.Posts, tracked).Include(p => p.Successors).Where(p => p.SystemId == id).OrderBy(p => p.Title).ThenBy(p => p.Id).ToListAsync(cancellationToken));
    }

    public static async Task<NetworkDocument?> ExportAsync(GoldenThreadDbContext db, string code, CancellationToken cancellationToken) =>
        await LoadAsync(db, code, tracked: false, cancellationToken) is { } rows ? NetworkExport.Document(rows) : null;

    private static IQueryable<T> Query<T>(DbSet<T> set, bool tracked) where T : class => tracked ? set : set.AsNoTracking();
}
