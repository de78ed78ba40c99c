using GoldenThread.Development;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Development;

internal sealed class LearningSetRegistrationConfiguration : IEntityTypeConfiguration<LearningSetRegistration>
{
    public void Configure(EntityTypeBuilder<LearningSetRegistration> e)
    {
        e.ToTable("learning_set_registrations");
        e.Property(r => r.Title).HasMaxLength(LearningSetRegistration.TitleLength);
        e.Property(r => r.Description).HasMaxLength(LearningSetRegistration.DescriptionLength);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.CreatedByAccountId).HasMaxLength(450);
        e.HasIndex(r => r.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LearningSetRegistrantConfiguration : IEntityTypeConfiguration<LearningSetRegistrant>
{
    public void Configure(EntityTypeBuilder<LearningSetRegistrant> e)
    {
        e.ToTable("learning_set_registrants");
        e.Property(r => r.Organisation).HasMaxLength(LearningSet.NameLength);
        e.Property(r => r.Sector).HasMaxLength(64);
        e.Property(r => r.Profession).HasMaxLength(64);
        e.Property(r => r.Seniority).HasMaxLength(64);
        e.HasIndex(r => new { r.RegistrationId, r.PersonId }).IsUnique();
        e.HasIndex(r => r.PersonId);
        e.HasIndex(r => r.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<LearningSetRegistration>().WithMany().HasForeignKey(r => r.RegistrationId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        // The register's organisation may later go; what the formation used stays in the name kept beside it.
        e.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<LearningSet>().WithMany().HasForeignKey(r => r.LearningSetId).OnDelete(DeleteBehavior.SetNull);
    }
}
