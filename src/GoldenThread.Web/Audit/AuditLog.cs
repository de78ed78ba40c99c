using GoldenThread.Audit;
using GoldenThread.Data;
using GoldenThread.Web.Shell;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Audit;

/// <summary>
/// Reads a system's audit trail, newest first, optionally for one entity type and one actor. Changes to diversity
/// answers are kept in the trail but never listed: knowing when someone gave their answers, beside counts that move,
/// would tell what they answered.
/// </summary>
public static class AuditLog
{
    private static readonly string[] Unlisted = [nameof(GoldenThread.Diversity.DiversityRecord)];

    private static IQueryable<AuditEntry> Listed(GoldenThreadDbContext db, Guid systemId) =>
        db.AuditEntries.AsNoTracking().Where(a => a.SystemId == systemId && !Unlisted.Contains(a.Entity));

    /// <summary><paramref name="Actor"/> is an <see cref="ActorOption.Key"/>.</summary>
    public sealed record Filter(string? Entity, string? Actor);

    public sealed record Row(DateTimeOffset At, string ActorName, string? ActorAccountId, string Entity, string EntityId,
        string Action, IReadOnlyList<AuditChange> Changes);

    /// <summary>Who made changes: an account (by id, as names need not be unique), or the named process for changes
    /// made without one (start-up seeding, the command line).</summary>
    public sealed record ActorOption(string Key, string Name)
    {
        public const string ProcessPrefix = "process:";
    }

    public static Task<PageOf<Row>> ReadAsync(GoldenThreadDbContext db, Guid systemId, Filter filter, Paging paging, CancellationToken cancellationToken)
    {
        var query = Listed(db, systemId);
        if (!string.IsNullOrWhiteSpace(filter.Entity)) query = query.Where(a => a.Entity == filter.Entity);
        if (filter.Actor?.StartsWith(ActorOption.ProcessPrefix, StringComparison.Ordinal) == true)
        {
            var process = filter.Actor[ActorOption.ProcessPrefix.Length..];
            query = query.Where(a => a.ActorAccountId == null && a.ActorName == process);
        }
        else if (!string.IsNullOrWhiteSpace(filter.Actor))
            query = query.Where(a => a.ActorAccountId == filter.Actor);
        return PageOf<Row>.ReadAsync(
            query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Select(a => new Row(a.At, a.ActorName, a.ActorAccountId, a.Entity, a.EntityId, a.Action, a.Changes)),
            paging, cancellationToken);
    }

    public static Task<List<string>> EntitiesAsync(GoldenThreadDbContext db, Guid systemId, CancellationToken cancellationToken) =>
        Listed(db, systemId)
            .Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);

    public static async Task<List<ActorOption>> ActorsAsync(GoldenThreadDbContext db, Guid systemId, CancellationToken cancellationToken)
    {
        var pairs = await Listed(db, systemId)
            .Select(a => new { a.ActorAccountId, a.ActorName }).Distinct().ToListAsync(cancellationToken);
        return pairs
            .GroupBy(p => p.ActorAccountId ?? ActorOption.ProcessPrefix + p.ActorName)
            .Select(g => new ActorOption(g.Key, g.Select(p => p.ActorName).Order().First()))
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
