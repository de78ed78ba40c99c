using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Network;

internal static class Lengths
{
    public const int Code = 64;
    public const int Name = 200;
}

internal sealed class IntegratedCareSystemConfiguration : IEntityTypeConfiguration<IntegratedCareSystem>
{
    public void Configure(EntityTypeBuilder<IntegratedCareSystem> e)
    {
        e.ToTable("systems");
        e.Property(s => s.Code).HasMaxLength(8);
        e.HasIndex(s => s.Code).IsUnique();
        e.Property(s => s.Name).HasMaxLength(Lengths.Name);
        e.Property(s => s.Region).HasMaxLength(Lengths.Code);
    }
}

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> e)
    {
        e.ToTable("places");
        e.Property(p => p.Name).HasMaxLength(Lengths.Name);
        e.Property(p => p.LocalAuthorityTier).HasMaxLength(Lengths.Code);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(p => p.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => new { p.SystemId, p.Name });
    }
}

internal sealed class NeighbourhoodConfiguration : IEntityTypeConfiguration<Neighbourhood>
{
    public void Configure(EntityTypeBuilder<Neighbourhood> e)
    {
        e.ToTable("neighbourhoods");
        e.Property(n => n.Name).HasMaxLength(Lengths.Name);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(n => n.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Place>().WithMany().HasForeignKey(n => n.PlaceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.ToTable("organisations");
        e.Property(o => o.Name).HasMaxLength(Lengths.Name);
        e.Property(o => o.OdsCode).HasMaxLength(16);
        e.Property(o => o.Sector).HasMaxLength(Lengths.Code);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(o => o.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Place>().WithMany().HasForeignKey(o => o.PlaceId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(o => new { o.SystemId, o.Name });
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.ToTable("people");
        e.Property(p => p.Name).HasMaxLength(Lengths.Name);
        e.Property(p => p.Email).HasMaxLength(256);
        e.Property(p => p.Profession).HasMaxLength(Lengths.Code);
        e.Property(p => p.Specialty).HasMaxLength(Lengths.Code);
        e.Property(p => p.Setting).HasMaxLength(Lengths.Code);
        e.Property(p => p.Seniority).HasMaxLength(Lengths.Code);
        e.Property(p => p.Fte).HasPrecision(4, 2);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(p => p.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => new { p.SystemId, p.Name });
    }
}

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> e)
    {
        e.ToTable("bodies");
        e.Property(b => b.Name).HasMaxLength(Lengths.Name);
        e.Property(b => b.Kind).HasMaxLength(Lengths.Code);
        e.Property(b => b.Level).HasMaxLength(Lengths.Code);
        e.Property(b => b.Topic).HasMaxLength(Lengths.Name);
        e.Property(b => b.DecisionRights).HasMaxLength(Lengths.Code);
        e.Property(b => b.Cadence).HasMaxLength(Lengths.Code);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(b => b.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Place>().WithMany().HasForeignKey(b => b.PlaceId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Neighbourhood>().WithMany().HasForeignKey(b => b.NeighbourhoodId).OnDelete(DeleteBehavior.Restrict);
        // Client-side cascade, so each removed edge passes through the audit interceptor.
        e.HasMany(b => b.FeedsInto).WithOne().HasForeignKey(f => f.BodyId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class BodyFeedConfiguration : IEntityTypeConfiguration<BodyFeed>
{
    public void Configure(EntityTypeBuilder<BodyFeed> e)
    {
        e.ToTable("body_feeds");
        e.HasKey(f => new { f.BodyId, f.FeedsIntoBodyId });
        e.HasOne<Body>().WithMany().HasForeignKey(f => f.FeedsIntoBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> e)
    {
        e.ToTable("memberships");
        e.Property(m => m.Role).HasMaxLength(Lengths.Code);
        e.Property(m => m.Capacity).HasMaxLength(Lengths.Code);
        e.Property(m => m.HoursPerMonth).HasPrecision(6, 2);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(m => m.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Body>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(m => m.FundedByOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> e)
    {
        e.ToTable("posts");
        e.Property(p => p.Title).HasMaxLength(Lengths.Name);
        e.Property(p => p.Level).HasMaxLength(Lengths.Code);
        e.Property(p => p.SessionsPerWeek).HasPrecision(4, 1);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(p => p.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Place>().WithMany().HasForeignKey(p => p.PlaceId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.FundedByOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(p => p.HolderPersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.Successors).WithOne().HasForeignKey(s => s.PostId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class PostSuccessorConfiguration : IEntityTypeConfiguration<PostSuccessor>
{
    public void Configure(EntityTypeBuilder<PostSuccessor> e)
    {
        e.ToTable("post_successors");
        e.HasKey(s => new { s.PostId, s.PersonId });
        e.Property(s => s.Readiness).HasMaxLength(Lengths.Code);
        e.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
