using GoldenThread.Audit;
using GoldenThread.Data;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Audit;

/// <summary>Reads a system's audit trail, newest first, optionally for one entity type and one actor.</summary>
public static class AuditLog
{
    public sealed record Filter(string? Entity, string? Actor);

    public sealed record Row(DateTimeOffset At, string ActorName, string? ActorAccountId, string Entity, string EntityId,
        string Action, IReadOnlyList<AuditChange> Changes);

    public sealed record ActorOption(string? AccountId, string Name);

    public static Task<PageOf<Row>> ReadAsync(GoldenThreadDbContext db, Guid systemId, Filter filter, Paging paging, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking().Where(a => a.SystemId == systemId);
        if (!string.IsNullOrWhiteSpace(filter.Entity)) query = query.Where(a => a.Entity == filter.Entity);
        if (!string.IsNullOrWhiteSpace(filter.Actor)) query = query.Where(a => a.ActorName == filter.Actor);
        return PageOf<Row>.ReadAsync(
            query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Select(a => new Row(a.At, a.ActorName, a.ActorAccountId, a.Entity, a.EntityId, a.Action, a.Changes)),
            paging, cancellationToken);
    }

    public static Task<List<string>> EntitiesAsync(GoldenThreadDbContext db, Guid systemId, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking().Where(a => a.SystemId == systemId)
            .Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);

    public static Task<List<string>> ActorsAsync(GoldenThreadDbContext db, Guid systemId, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking().Where(a => a.SystemId == systemId)
            .Select(a => a.ActorName).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
}
