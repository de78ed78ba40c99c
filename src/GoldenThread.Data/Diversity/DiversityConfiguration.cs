using GoldenThread.Diversity;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Diversity;

internal sealed class DiversityRecordConfiguration : IEntityTypeConfiguration<DiversityRecord>
{
    public void Configure(EntityTypeBuilder<DiversityRecord> e)
    {
        e.ToTable("diversity_records");
        e.HasKey(d => d.PersonId);
        foreach (var answer in new[] { nameof(DiversityRecord.Ethnicity), nameof(DiversityRecord.Sex), nameof(DiversityRecord.Disability), nameof(DiversityRecord.AgeBand) })
            e.Property(answer).HasMaxLength(32);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(d => d.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithOne().HasForeignKey<DiversityRecord>(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(d => d.SystemId);
    }
}
