using GoldenThread.Measures;
using GoldenThread.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Measures;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> e)
    {
        e.ToTable("measures");
        e.Property(m => m.Name).HasMaxLength(Measure.NameLength);
        e.Property(m => m.Unit).HasMaxLength(Measure.UnitLength);
        e.Property(m => m.Definition).HasMaxLength(Measure.TextLength);
        e.Property(m => m.Source).HasMaxLength(Measure.TextLength);
        e.Property(m => m.Direction).HasConversion<string>().HasMaxLength(16);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(m => m.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(m => m.OwnerPersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Body>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<GoldenThread.Development.LearningSet>().WithMany().HasForeignKey(m => m.LearningSetId).OnDelete(DeleteBehavior.Restrict);
        // Client-side cascade, so each point and note removed with a measure passes through the audit interceptor.
        e.HasMany<MeasurePoint>().WithOne().HasForeignKey(p => p.MeasureId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasMany<MeasureAnnotation>().WithOne().HasForeignKey(a => a.MeasureId).OnDelete(DeleteBehavior.ClientCascade);
        e.HasIndex(m => new { m.SystemId, m.Name });
    }
}

internal sealed class MeasurePointConfiguration : IEntityTypeConfiguration<MeasurePoint>
{
    public void Configure(EntityTypeBuilder<MeasurePoint> e)
    {
        e.ToTable("measure_points");
        e.HasKey(p => new { p.MeasureId, p.Date });
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(p => p.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(p => p.SystemId);
    }
}

internal sealed class MeasureAnnotationConfiguration : IEntityTypeConfiguration<MeasureAnnotation>
{
    public void Configure(EntityTypeBuilder<MeasureAnnotation> e)
    {
        e.ToTable("measure_annotations");
        e.Property(a => a.Text).HasMaxLength(MeasureAnnotation.TextLength);
        e.HasOne<IntegratedCareSystem>().WithMany().HasForeignKey(a => a.SystemId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(a => new { a.MeasureId, a.Date });
        e.HasIndex(a => a.SystemId);
    }
}
