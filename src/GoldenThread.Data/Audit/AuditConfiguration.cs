using GoldenThread.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("audit_entries");
        e.Property(a => a.ActorAccountId).HasMaxLength(450);
        e.Property(a => a.ActorName).HasMaxLength(256);
        e.Property(a => a.Entity).HasMaxLength(64);
        e.Property(a => a.EntityId).HasMaxLength(128);
        e.Property(a => a.Action).HasMaxLength(8);
        e.Property(a => a.Changes).StoredAsJson<List<AuditChange>, AuditChange>();
        e.HasIndex(a => new { a.SystemId, a.At });
        e.HasIndex(a => new { a.SystemId, a.Entity });
        e.HasIndex(a => new { a.SystemId, a.ActorAccountId });
    }
}
