using GoldenThread.Network;
using GoldenThread.Representation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Representation;

/// <summary>
/// A snapshot is one row, its findings one JSON text column, as the audit trail keeps its changes: a snapshot is written
/// once and always read whole, never searched by a finding's fields, so a child table would only multiply the rows a
/// night writes (one per finding per system) and the joins a history page reads.
/// </summary>
internal sealed class FindingSnapshotConfiguration : IEntityTypeConfiguration<FindingSnapshot>
{
    public void Configure(EntityTypeBuilder<FindingSnapshot> e)
    {
        e.ToTable("finding_snapshots");
        e.Property(s => s.TakenBy).HasMaxLength(256);
        e.Property(s => s.Findings).StoredAsJson<IReadOnlyList<RecordedFinding>, RecordedFinding>();
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(s => s.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => new { s.SystemId, s.TakenAt });
        e.HasIndex(s => new { s.SystemId, s.On, s.TakenBy });
    }
}
