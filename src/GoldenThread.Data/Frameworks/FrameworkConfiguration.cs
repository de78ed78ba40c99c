using GoldenThread.Frameworks;
using GoldenThread.Measures;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Frameworks;

internal sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> e)
    {
        e.ToTable("frameworks");
        e.Property(f => f.Key).HasMaxLength(64);
        e.Property(f => f.Name).HasMaxLength(Framework.NameLength);
        e.HasIndex(f => new { f.SystemId, f.Key }).IsUnique();
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(f => f.SystemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FrameworkVersionConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> e)
    {
        e.ToTable("framework_versions");
        e.Property(v => v.Definition).StoredAsJsonDocument();
        e.Property(v => v.Note).HasMaxLength(FrameworkVersion.NoteLength);
        e.Property(v => v.CreatedByAccountId).HasMaxLength(450);
        e.HasIndex(v => new { v.FrameworkId, v.Number }).IsUnique();
        e.HasIndex(v => v.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(v => v.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Framework>().WithMany().HasForeignKey(v => v.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> e)
    {
        e.ToTable("assessments");
        e.Property(a => a.Name).HasMaxLength(Assessment.NameLength);
        e.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(a => a.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(a => a.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Framework>().WithMany().HasForeignKey(a => a.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<FrameworkVersion>().WithMany().HasForeignKey(a => a.FrameworkVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssessmentRaterConfiguration : IEntityTypeConfiguration<AssessmentRater>
{
    public void Configure(EntityTypeBuilder<AssessmentRater> e)
    {
        e.ToTable("assessment_raters");
        e.HasIndex(r => new { r.AssessmentId, r.PersonId }).IsUnique();
        e.HasIndex(r => r.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Assessment>().WithMany().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CriterionRatingConfiguration : IEntityTypeConfiguration<CriterionRating>
{
    public void Configure(EntityTypeBuilder<CriterionRating> e)
    {
        e.ToTable("criterion_ratings");
        e.Property(r => r.CriterionId).HasMaxLength(32);
        e.Property(r => r.Rationale).HasMaxLength(CriterionRating.RationaleLength);
        e.Property(r => r.EvidenceLinks).StoredAsJson<List<string>, string>();
        e.HasIndex(r => new { r.RaterId, r.CriterionId }).IsUnique();
        e.HasIndex(r => r.AssessmentId);
        e.HasIndex(r => r.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Assessment>().WithMany().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<AssessmentRater>().WithMany().HasForeignKey(r => r.RaterId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class ModeratedRatingConfiguration : IEntityTypeConfiguration<ModeratedRating>
{
    public void Configure(EntityTypeBuilder<ModeratedRating> e)
    {
        e.ToTable("moderated_ratings");
        e.Property(r => r.CriterionId).HasMaxLength(32);
        e.Property(r => r.Rationale).HasMaxLength(ModeratedRating.RationaleLength);
        e.Property(r => r.ModeratedByAccountId).HasMaxLength(450);
        e.HasIndex(r => new { r.AssessmentId, r.CriterionId }).IsUnique();
        e.HasIndex(r => r.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Assessment>().WithMany().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> e)
    {
        e.ToTable("plan_actions");
        e.Property(a => a.CriterionId).HasMaxLength(32);
        e.Property(a => a.Title).HasMaxLength(PlanAction.TitleLength);
        e.Property(a => a.Description).HasMaxLength(PlanAction.TextLength);
        e.Property(a => a.Owner).HasMaxLength(PlanAction.OwnerLength);
        e.Property(a => a.ProgressNote).HasMaxLength(PlanAction.TextLength);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(a => new { a.FrameworkId, a.CriterionId });
        e.HasIndex(a => a.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(a => a.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Framework>().WithMany().HasForeignKey(a => a.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Assessment>().WithMany().HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Person>().WithMany().HasForeignKey(a => a.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Measure>().WithMany().HasForeignKey(a => a.MeasureId).OnDelete(DeleteBehavior.SetNull);
    }
}
