using System.Globalization;
using System.Text.Json;
using GoldenThread.Access;
using GoldenThread.Audit;
using GoldenThread.Data.Access;
using GoldenThread.Development;
using GoldenThread.Diversity;
using GoldenThread.Interchange;
using GoldenThread.Network;
using GoldenThread.Representation;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GoldenThread.Data.Audit;

/// <summary>
/// Records every insert, update and delete of a domain row, in the same transaction as the change:
/// who (the <see cref="ICurrentActor"/>), when (the injected <see cref="TimeProvider"/>), which row,
/// and each changed value before and after, with any explanation the row carries (<see cref="IExplainedChange"/>).
/// Secrets of accounts are never recorded.
/// </summary>
public sealed class AuditInterceptor(ICurrentActor actor, TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>Values never written to the audit trail: secrets, and copies of values that are recorded anyway.</summary>
    private static readonly HashSet<(Type Entity, string Property)> Unrecorded =
    [
        (typeof(Account), nameof(Account.PasswordHash)), (typeof(Account), nameof(Account.SecurityStamp)),
        (typeof(Account), nameof(Account.ConcurrencyStamp)), (typeof(Account), nameof(Account.NormalizedEmail)),
        (typeof(Account), nameof(Account.NormalizedUserName)),
        // the uploaded file itself: kept on its own row, and the import audits every row it changes
        (typeof(NetworkUpload), nameof(NetworkUpload.Content)),
        // authenticator keys and recovery codes
        (typeof(IdentityUserToken<string>), nameof(IdentityUserToken<string>.Value)),
    ];

    /// <summary>
    /// Special category data: the trail says who set, changed or deleted a person's diversity answers and when, as one
    /// "Answers" change, never what they are nor which of them changed.
    /// </summary>
    private static readonly HashSet<(Type Entity, string Property)> Withheld =
    [
        (typeof(DiversityRecord), nameof(DiversityRecord.Ethnicity)), (typeof(DiversityRecord), nameof(DiversityRecord.Sex)),
        (typeof(DiversityRecord), nameof(DiversityRecord.Disability)), (typeof(DiversityRecord), nameof(DiversityRecord.AgeBand)),
    ];

    /// <summary>
    /// Private to a few people (a learning set's notes, read only by its members and facilitator; a mentoring meeting's,
    /// read only by the pair; what someone learned on a workplace visit, read only by the pair): the trail keeps that
    /// the value was set, changed or removed, not what it says, since the leadership team reads the trail.
    /// </summary>
    private static readonly HashSet<(Type Entity, string Property)> Private =
    [
        (typeof(LearningSetNote), nameof(LearningSetNote.Text)), (typeof(MentoringMeeting), nameof(MentoringMeeting.Notes)),
        (typeof(ExchangeReflection), nameof(ExchangeReflection.Learned)),
    ];

    public const string WithheldValue = "(withheld)";
    public const string WithheldChange = "(withheld, changed)";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null) return;
        context.ChangeTracker.DetectChanges();
        var at = time.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e))
            .Select(e => Describe(e, at))
            .OfType<AuditEntry>()
            .ToList();
        context.AddRange(entries);
    }

    /// <summary>Not the trail itself, keys, nor finding snapshots (derived from audited rows; see FindingHistory).</summary>
    private static bool IsAudited(EntityEntry entry) =>
        entry.Entity is not (AuditEntry or DataProtectionKey or FindingSnapshot);

    private AuditEntry? Describe(EntityEntry entry, DateTimeOffset at)
    {
        var changes = entry.Properties
            .Where(p => !Unrecorded.Contains((entry.Metadata.ClrType, p.Metadata.Name)))
            .Where(p => !(entry.Entity is IVersioned && p.Metadata.Name == nameof(IVersioned.Version)))
            .Select(p => entry.State switch
            {
                EntityState.Added => new AuditChange(p.Metadata.Name, null, Format(p.CurrentValue)),
                EntityState.Deleted => new AuditChange(p.Metadata.Name, Format(p.OriginalValue), null),
                _ => new AuditChange(p.Metadata.Name, Format(p.OriginalValue), Format(p.CurrentValue)),
            })
            .Where(c => c.Before != c.After)
            .Select(c => Private.Contains((entry.Metadata.ClrType, c.Property))
                ? c with { Before = c.Before is null ? null : WithheldValue, After = c.After is null ? null : entry.State == EntityState.Added ? WithheldValue : WithheldChange }
                : c)
            .ToList();
        if (changes.RemoveAll(c => Withheld.Contains((entry.Metadata.ClrType, c.Property))) > 0 || entry.Entity is DiversityRecord)
            changes.Add(new AuditChange("Answers", entry.State == EntityState.Added ? null : WithheldValue,
                entry.State == EntityState.Deleted ? null : entry.State == EntityState.Added ? WithheldValue : WithheldChange));
        if (entry.State == EntityState.Modified && changes.Count == 0) return null;
        if (entry.Entity is IExplainedChange explained) changes.AddRange(explained.Explanation);

        return new AuditEntry
        {
            SystemId = SystemOf(entry.Entity),
            At = at,
            ActorAccountId = actor.AccountId,
            ActorName = actor.Name,
            Entity = entry.Metadata.ClrType.Name,
            EntityId = string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue))),
            Action = entry.State switch { EntityState.Added => "insert", EntityState.Deleted => "delete", _ => "update" },
            Changes = changes,
        };
    }

    private static Guid? SystemOf(object entity) => entity switch
    {
        ISystemScoped scoped => scoped.SystemId,
        IntegratedCareSystem system => system.Id,
        RoleAssignment role => role.SystemId,
        _ => null,
    };

    internal static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.############", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => JsonSerializer.Serialize(list),
        GoldenThread.Programmes.ApplicationContent content => JsonSerializer.Serialize(content, ReferenceData.Json),
        _ => value.ToString(),
    };
}
