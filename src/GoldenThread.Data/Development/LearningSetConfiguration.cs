using GoldenThread.Development;
using GoldenThread.Network;
using GoldenThread.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Development;

internal sealed class LearningSetConfiguration : IEntityTypeConfiguration<LearningSet>
{
    public void Configure(EntityTypeBuilder<LearningSet> e)
    {
        e.ToTable("learning_sets");
        e.Property(s => s.Name).HasMaxLength(LearningSet.NameLength);
        e.Property(s => s.WickedIssueTitle).HasMaxLength(LearningSet.NameLength);
        e.Property(s => s.WickedIssueDescription).HasMaxLength(LearningSet.TextLength);
        e.Property(s => s.PriorityArea).HasMaxLength(LearningSet.NameLength);
        e.HasIndex(s => s.SystemId);
        e.HasIndex(s => s.ApplicationId).IsUnique();
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(s => s.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ProgrammeRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<TeamApplication>().WithMany().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany<LearningSetMember>().WithOne().HasForeignKey(m => m.LearningSetId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class LearningSetMemberConfiguration : IEntityTypeConfiguration<LearningSetMember>
{
    public void Configure(EntityTypeBuilder<LearningSetMember> e)
    {
        e.ToTable("learning_set_members");
        e.Property(m => m.Name).HasMaxLength(LearningSet.NameLength);
        e.Property(m => m.Organisation).HasMaxLength(LearningSet.NameLength);
        e.Property(m => m.Sector).HasMaxLength(64);
        e.Property(m => m.Seniority).HasMaxLength(64);
        e.Property(m => m.Function).HasMaxLength(LearningSet.NameLength);
        e.HasIndex(m => m.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(m => m.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
