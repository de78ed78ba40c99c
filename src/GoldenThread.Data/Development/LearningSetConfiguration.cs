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
        e.HasOne<LearningSetRegistration>().WithMany().HasForeignKey(s => s.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany<LearningSetMember>().WithOne().HasForeignKey(m => m.LearningSetId).OnDelete(DeleteBehavior.ClientCascade);
        e.Property(s => s.WhatWorked).HasMaxLength(LearningSet.TextLength);
        e.Property(s => s.WhatDidNotWork).HasMaxLength(LearningSet.TextLength);
        e.HasOne<Person>().WithMany().HasForeignKey(s => s.FacilitatorPersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => new { s.SystemId, s.SummaryPublishedAt });
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

internal sealed class LearningSetSessionConfiguration : IEntityTypeConfiguration<LearningSetSession>
{
    public void Configure(EntityTypeBuilder<LearningSetSession> e)
    {
        e.ToTable("learning_set_sessions");
        e.Property(s => s.HalfDay).HasConversion<string>().HasMaxLength(16);
        e.Property(s => s.Hours).HasPrecision(4, 2);
        e.Property(s => s.Topic).HasMaxLength(LearningSetSession.TopicLength);
        e.HasIndex(s => new { s.LearningSetId, s.Date });
        e.HasIndex(s => s.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(s => s.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<LearningSet>().WithMany().HasForeignKey(s => s.LearningSetId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasMany<LearningSetAttendance>().WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class LearningSetAttendanceConfiguration : IEntityTypeConfiguration<LearningSetAttendance>
{
    public void Configure(EntityTypeBuilder<LearningSetAttendance> e)
    {
        e.ToTable("learning_set_attendance");
        e.HasIndex(a => new { a.SessionId, a.MemberId }).IsUnique();
        e.HasIndex(a => a.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(a => a.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<LearningSetMember>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class LearningSetNoteConfiguration : IEntityTypeConfiguration<LearningSetNote>
{
    public void Configure(EntityTypeBuilder<LearningSetNote> e)
    {
        e.ToTable("learning_set_notes");
        e.Property(n => n.Text).HasMaxLength(LearningSetNote.TextLength);
        e.Property(n => n.AuthorName).HasMaxLength(LearningSet.NameLength);
        e.HasIndex(n => new { n.LearningSetId, n.WrittenAt });
        e.HasIndex(n => n.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(n => n.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<LearningSet>().WithMany().HasForeignKey(n => n.LearningSetId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(n => n.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
