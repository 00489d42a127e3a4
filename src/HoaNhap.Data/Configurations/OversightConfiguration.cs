using HoaNhap.Domain.Inspections;
using HoaNhap.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Number).HasMaxLength(50);
        e.Property(x => x.Title).HasMaxLength(500);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Ignore(x => x.IsProvincePlan);
    }
}

sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Body).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Description).HasMaxLength(2000);
        e.Property(x => x.IndicatorKey).HasMaxLength(64);
        e.Property(x => x.Result).HasMaxLength(4000);
        e.Property(x => x.ReportedBy).HasMaxLength(200);
        e.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        // A body's own tasks, and the overdue ones of a province, are read by these.
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode, x.Body });
        e.HasIndex(x => new { x.ProvinceCode, x.Status, x.DueOn });
    }
}

sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Reference).HasMaxLength(50);
        e.Property(x => x.Findings).HasMaxLength(4000);
        e.Property(x => x.ClosedBy).HasMaxLength(200);
        e.Property(x => x.RecordedBy).HasMaxLength(200);
    }
}

sealed class RemedyConfiguration : IEntityTypeConfiguration<Remedy>
{
    public void Configure(EntityTypeBuilder<Remedy> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Description).HasMaxLength(2000);
        e.Property(x => x.ResponsibleUnit).HasMaxLength(200);
        e.Property(x => x.Result).HasMaxLength(2000);
        e.Property(x => x.DoneBy).HasMaxLength(200);
        e.Ignore(x => x.IsDone);
        e.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.ProvinceCode, x.DoneOn, x.DueOn });
    }
}
