using GoldenThread.Access;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Access;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> e)
    {
        e.ToTable("role_assignments");
        e.Property(r => r.Role).HasMaxLength(32);
        // No database cascades: a role removed with its account, system or body must pass through the audit.
        e.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(r => r.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Body>().WithMany().HasForeignKey(r => r.BodyId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(r => new { r.AccountId, r.Role, r.SystemId, r.BodyId }).IsUnique();
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> e)
    {
        e.Property(a => a.DisplayName).HasMaxLength(200);
        e.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}
