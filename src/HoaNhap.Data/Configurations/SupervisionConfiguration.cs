using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class SupervisionPlanConfiguration : IEntityTypeConfiguration<SupervisionPlan>
{
    public void Configure(EntityTypeBuilder<SupervisionPlan> e)
    {
        e.HasKey(x => x.CaseId);
        e.Placed();
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasOne<Case>().WithOne().HasForeignKey<SupervisionPlan>(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.On });
    }
}

sealed class SelfReportConfiguration : IEntityTypeConfiguration<SelfReport>
{
    public void Configure(EntityTypeBuilder<SelfReport> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Summary).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        // One report per period of a case.
        e.HasIndex(x => new { x.CaseId, x.PeriodNumber }).IsUnique();
    }
}

sealed class IncomeDeductionConfiguration : IEntityTypeConfiguration<IncomeDeduction>
{
    public void Configure(EntityTypeBuilder<IncomeDeduction> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.Month }).IsUnique();
    }
}

sealed class CommunityLabourEntryConfiguration : IEntityTypeConfiguration<CommunityLabourEntry>
{
    public void Configure(EntityTypeBuilder<CommunityLabourEntry> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Work).HasMaxLength(500);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.On });
    }
}

sealed class SupervisorAssessmentConfiguration : IEntityTypeConfiguration<SupervisorAssessment>
{
    public void Configure(EntityTypeBuilder<SupervisorAssessment> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Rating).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.SupervisorUserId).HasMaxLength(450);
        e.Property(x => x.SupervisorName).HasMaxLength(200);
        e.Property(x => x.Comment).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.On });
    }
}
