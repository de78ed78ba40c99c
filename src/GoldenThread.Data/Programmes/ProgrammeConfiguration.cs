using GoldenThread.Network;
using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Programmes;

internal sealed class ProgrammeRoundConfiguration : IEntityTypeConfiguration<ProgrammeRound>
{
    public void Configure(EntityTypeBuilder<ProgrammeRound> e)
    {
        e.ToTable("programme_rounds");
        e.Property(r => r.Code).HasMaxLength(ProgrammeRound.CodeLength);
        e.HasIndex(r => r.Code).IsUnique();
        e.Property(r => r.Name).HasMaxLength(ProgrammeRound.NameLength);
        e.Property(r => r.Description).HasMaxLength(ProgrammeRound.DescriptionLength);
        e.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.MinDaysPerMonth).HasPrecision(5, 2);
        e.Property(r => r.Systems).StoredAsJson<List<RoundSystem>, RoundSystem>();
        e.Property(r => r.Rubric).StoredAsJson<List<RubricCriterion>, RubricCriterion>();
        e.Ignore(r => r.Explanation);
    }
}

internal sealed class TeamApplicationConfiguration : IEntityTypeConfiguration<TeamApplication>
{
    public void Configure(EntityTypeBuilder<TeamApplication> e)
    {
        e.ToTable("team_applications");
        e.Property(a => a.Reference).HasMaxLength(TeamApplication.ReferenceLength);
        e.HasIndex(a => new { a.RoundId, a.Reference }).IsUnique();
        e.HasIndex(a => a.SystemId);
        e.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        e.Property(a => a.Source).HasConversion<string>().HasMaxLength(16);
        e.Property(a => a.Decision).HasConversion<string>().HasMaxLength(16);
        e.Property(a => a.Content).StoredAsJsonDocument();
        e.Property(a => a.DecisionRationale).HasMaxLength(TeamApplication.TextLength);
        e.Property(a => a.Feedback).HasMaxLength(TeamApplication.TextLength);
        e.Property(a => a.CreatedByAccountId).HasMaxLength(450);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(a => a.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ProgrammeRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> e)
    {
        e.ToTable("review_assignments");
        e.Property(a => a.ReviewerAccountId).HasMaxLength(450);
        e.HasIndex(a => new { a.ApplicationId, a.ReviewerAccountId }).IsUnique();
        e.HasIndex(a => a.ReviewerAccountId);
        e.HasIndex(a => a.SystemId);
        e.Property(a => a.ConflictOverrideReason).HasMaxLength(ReviewAssignment.TextLength);
        e.Property(a => a.Comment).HasMaxLength(ReviewAssignment.TextLength);
        e.Property(a => a.Scores).StoredAsJson<List<RubricScore>, RubricScore>();
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(a => a.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<TeamApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> e)
    {
        e.ToTable("conflict_declarations");
        e.Property(c => c.ReviewerAccountId).HasMaxLength(450);
        e.Property(c => c.Reason).HasMaxLength(ConflictDeclaration.ReasonLength);
        e.HasIndex(c => new { c.ApplicationId, c.ReviewerAccountId }).IsUnique();
        e.HasIndex(c => c.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(c => c.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<TeamApplication>().WithMany().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class ModeratedScoreConfiguration : IEntityTypeConfiguration<ModeratedScore>
{
    public void Configure(EntityTypeBuilder<ModeratedScore> e)
    {
        e.ToTable("moderated_scores");
        e.Property(m => m.Reason).HasMaxLength(ModeratedScore.ReasonLength);
        e.Property(m => m.ByAccountId).HasMaxLength(450);
        e.HasIndex(m => new { m.ApplicationId, m.At });
        e.HasIndex(m => m.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(m => m.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<TeamApplication>().WithMany().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.ClientCascade);
    }
}
