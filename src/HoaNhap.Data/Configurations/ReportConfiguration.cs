using HoaNhap.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class PeriodicReportConfiguration : IEntityTypeConfiguration<PeriodicReport>
{
    public void Configure(EntityTypeBuilder<PeriodicReport> e)
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.CommuneCode).HasMaxLength(5).IsRequired();
        e.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.PeriodName).HasMaxLength(200);
        e.Property(x => x.Results).HasMaxLength(8000);
        e.Property(x => x.Shortcomings).HasMaxLength(8000);
        e.Property(x => x.Proposals).HasMaxLength(8000);
        e.Property(x => x.ReturnReason).HasMaxLength(2000);
        e.Property(x => x.SubmittedBy).HasMaxLength(256);
        e.Property(x => x.ReviewedBy).HasMaxLength(256);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.IsProvinceReport);
        e.Ignore(x => x.Editable);
        // One report per unit and period.
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode, x.From, x.To }).IsUnique();
    }
}
