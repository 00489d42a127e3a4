using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class CaseTransferConfiguration : IEntityTypeConfiguration<CaseTransfer>
{
    public void Configure(EntityTypeBuilder<CaseTransfer> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.ToProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.ToCommuneCode).HasMaxLength(5).IsRequired();
        e.Property(x => x.FromAddress).HasMaxLength(500);
        e.Property(x => x.NewAddress).HasMaxLength(500);
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.Property(x => x.RequestedBy).HasMaxLength(256);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.ConsentAuthority).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.LegalBasisVersion).HasMaxLength(32);
        e.Property(x => x.LegalSource).HasMaxLength(300);
        e.Property(x => x.ConsentedBy).HasMaxLength(256);
        e.Property(x => x.ConsentNumber).HasMaxLength(100);
        e.Property(x => x.AcknowledgedBy).HasMaxLength(256);
        e.Property(x => x.MovedSummary).HasMaxLength(2000);
        e.Property(x => x.RefusedBy).HasMaxLength(256);
        e.Property(x => x.RefusalReason).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.WithinProvince);
        e.Ignore(x => x.IsOpen);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
        e.HasIndex(x => new { x.ToProvinceCode, x.ToCommuneCode });
    }
}
