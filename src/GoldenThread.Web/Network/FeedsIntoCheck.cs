using GoldenThread.Data;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Network;

/// <summary>Whether giving one body a new set of feeds-into targets would close a loop, asked by the body form and the API alike.</summary>
public static class FeedsIntoCheck
{
    /// <summary>The loop the targets would close, with the body under its new name; null when there is none.</summary>
    /// <param name="bodyId">The body being changed, or <see cref="Guid.Empty"/> for one being added.</param>
    public static async Task<FeedsIntoCycle?> FindCycleAsync(GoldenThreadDbContext db, Guid systemId, Guid bodyId, string name,
        IEnumerable<Guid> targets, CancellationToken cancellationToken)
    {
        var bodies = await db.Bodies.AsNoTracking().Where(b => b.SystemId == systemId && b.Id != bodyId)
            .Select(b => new StructureBody(b.Id, b.Name, b.Kind, b.Level, null, null, b.DecisionRights, null, null)).ToListAsync(cancellationToken);
        bodies.Add(new StructureBody(bodyId, name, "", "", null, null, ""));
        var feeds = await db.BodyFeeds.AsNoTracking().Where(f => f.SystemId == systemId && f.BodyId != bodyId)
            .Select(f => new StructureFeed(f.BodyId, f.FeedsIntoBodyId)).ToListAsync(cancellationToken);
        feeds.AddRange(targets.Distinct().Select(target => new StructureFeed(bodyId, target)));
        return FeedsIntoCycle.Find(bodies, feeds);
    }
}
