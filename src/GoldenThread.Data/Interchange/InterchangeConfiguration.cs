using GoldenThread.Interchange;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Interchange;

internal sealed class NetworkUploadConfiguration : IEntityTypeConfiguration<NetworkUpload>
{
    public void Configure(EntityTypeBuilder<NetworkUpload> e)
    {
        e.ToTable("network_uploads");
        e.Property(u => u.FileName).HasMaxLength(260);
        e.Property(u => u.UploadedByAccountId).HasMaxLength(450);
        e.Property(u => u.UploadedByName).HasMaxLength(200);
        e.Property(u => u.Outcome).HasMaxLength(500);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(u => u.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(u => new { u.SystemId, u.UploadedAt });
    }
}
