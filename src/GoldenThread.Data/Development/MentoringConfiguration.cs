using GoldenThread.Development;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Development;

internal sealed class MentoringRoundConfiguration : IEntityTypeConfiguration<MentoringRound>
{
    public void Configure(EntityTypeBuilder<MentoringRound> e)
    {
        e.ToTable("mentoring_rounds");
        e.Property(r => r.Title).HasMaxLength(MentoringRound.TitleLength);
        e.Property(r => r.Description).HasMaxLength(MentoringRound.DescriptionLength);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.CreatedByAccountId).HasMaxLength(450);
        e.HasIndex(r => r.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MentorOfferConfiguration : IEntityTypeConfiguration<MentorOffer>
{
    public void Configure(EntityTypeBuilder<MentorOffer> e)
    {
        e.ToTable("mentor_offers");
        e.Property(o => o.Professions).StoredAsJson<List<string>, string>();
        e.Property(o => o.Settings).StoredAsJson<List<string>, string>();
        e.Property(o => o.Avoid).StoredAsJson<List<Guid>, Guid>();
        e.HasIndex(o => new { o.RoundId, o.PersonId }).IsUnique();
        e.HasIndex(o => o.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(o => o.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<MentoringRound>().WithMany().HasForeignKey(o => o.RoundId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MenteeRequestConfiguration : IEntityTypeConfiguration<MenteeRequest>
{
    public void Configure(EntityTypeBuilder<MenteeRequest> e)
    {
        e.ToTable("mentee_requests");
        e.Property(r => r.Professions).StoredAsJson<List<string>, string>();
        e.Property(r => r.Settings).StoredAsJson<List<string>, string>();
        e.Property(r => r.Avoid).StoredAsJson<List<Guid>, Guid>();
        e.Property(r => r.Hopes).HasMaxLength(MenteeRequest.HopesLength);
        e.HasIndex(r => new { r.RoundId, r.PersonId }).IsUnique();
        e.HasIndex(r => r.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<MentoringRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MentorshipConfiguration : IEntityTypeConfiguration<Mentorship>
{
    public void Configure(EntityTypeBuilder<Mentorship> e)
    {
        e.ToTable("mentorships");
        e.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(m => m.HoursPerMeeting).HasPrecision(5, 2);
        e.Property(m => m.EndReason).HasMaxLength(Mentorship.EndReasonLength);
        e.HasIndex(m => new { m.RoundId, m.MenteePersonId }).IsUnique();
        e.HasIndex(m => m.MentorPersonId);
        e.HasIndex(m => m.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(m => m.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<MentoringRound>().WithMany().HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.MentorPersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.MenteePersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.EndedByPersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MentoringMeetingConfiguration : IEntityTypeConfiguration<MentoringMeeting>
{
    public void Configure(EntityTypeBuilder<MentoringMeeting> e)
    {
        e.ToTable("mentoring_meetings");
        e.Property(m => m.Hours).HasPrecision(5, 2);
        e.Property(m => m.Notes).HasMaxLength(MentoringMeeting.NotesLength);
        e.HasIndex(m => m.MentorshipId);
        e.HasIndex(m => m.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(m => m.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Mentorship>().WithMany().HasForeignKey(m => m.MentorshipId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.RecordedByPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
