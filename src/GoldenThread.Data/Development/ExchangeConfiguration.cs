using GoldenThread.Development;
using GoldenThread.Frameworks;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Development;

internal sealed class ExchangeRoundConfiguration : IEntityTypeConfiguration<ExchangeRound>
{
    public void Configure(EntityTypeBuilder<ExchangeRound> e)
    {
        e.ToTable("exchange_rounds");
        e.Property(r => r.Title).HasMaxLength(ExchangeRound.TitleLength);
        e.Property(r => r.Description).HasMaxLength(ExchangeRound.TextLength);
        e.Property(r => r.Slots).StoredAsJson<List<string>, string>();
        e.Property(r => r.PlaceIds).StoredAsJson<List<Guid>, Guid>();
        e.Property(r => r.VisitHours).HasPrecision(4, 2);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(r => r.CreatedByAccountId).HasMaxLength(450);
        e.HasIndex(r => r.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExchangeSignUpConfiguration : IEntityTypeConfiguration<ExchangeSignUp>
{
    public void Configure(EntityTypeBuilder<ExchangeSignUp> e)
    {
        e.ToTable("exchange_sign_ups");
        e.Property(s => s.Availability).StoredAsJson<List<string>, string>();
        e.Property(s => s.Avoid).StoredAsJson<List<Guid>, Guid>();
        e.HasIndex(s => new { s.RoundId, s.PersonId }).IsUnique();
        e.HasIndex(s => s.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(s => s.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ExchangeRound>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExchangePairingConfiguration : IEntityTypeConfiguration<ExchangePairing>
{
    public void Configure(EntityTypeBuilder<ExchangePairing> e)
    {
        e.ToTable("exchange_pairings");
        e.Property(p => p.Why).HasMaxLength(ExchangePairing.WhyLength);
        e.Property(p => p.FirstVisit).HasMaxLength(16);
        e.Property(p => p.SecondVisit).HasMaxLength(16);
        e.HasIndex(p => p.RoundId);
        e.HasIndex(p => p.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(p => p.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ExchangeRound>().WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonA).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonB).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExchangeReflectionConfiguration : IEntityTypeConfiguration<ExchangeReflection>
{
    public void Configure(EntityTypeBuilder<ExchangeReflection> e)
    {
        e.ToTable("exchange_reflections");
        e.Property(r => r.Learned).HasMaxLength(ExchangeReflection.TextLength);
        e.HasIndex(r => new { r.PairingId, r.PersonId, r.Visit }).IsUnique();
        e.HasIndex(r => r.RoundId);
        e.HasIndex(r => r.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ExchangeRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ExchangePairing>().WithMany().HasForeignKey(r => r.PairingId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExchangeIdeaConfiguration : IEntityTypeConfiguration<ExchangeIdea>
{
    public void Configure(EntityTypeBuilder<ExchangeIdea> e)
    {
        e.ToTable("exchange_ideas");
        e.Property(i => i.Text).HasMaxLength(ExchangeIdea.TextLength);
        e.Property(i => i.Theme).HasMaxLength(32);
        e.HasIndex(i => i.RoundId);
        e.HasIndex(i => i.SystemId);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(i => i.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ExchangeRound>().WithMany().HasForeignKey(i => i.RoundId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ExchangeReflection>().WithMany().HasForeignKey(i => i.ReflectionId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<PlanAction>().WithMany().HasForeignKey(i => i.PlanActionId).OnDelete(DeleteBehavior.SetNull);
    }
}
