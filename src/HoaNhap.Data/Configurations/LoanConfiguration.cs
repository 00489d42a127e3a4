using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class PolicyCounsellingConfiguration : IEntityTypeConfiguration<PolicyCounselling>
{
    public void Configure(EntityTypeBuilder<PolicyCounselling> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Topics).HasMaxLength(2000).IsRequired();
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
    }
}

sealed class ReintegrationLoanConfiguration : IEntityTypeConfiguration<ReintegrationLoan>
{
    public void Configure(EntityTypeBuilder<ReintegrationLoan> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.BorrowerName).HasMaxLength(200).IsRequired();
        e.Property(x => x.Purpose).HasMaxLength(1000).IsRequired();
        e.Property(x => x.MisuseNote).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Ignore(x => x.Outstanding);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
        e.HasIndex(x => x.PersonId);
    }
}

sealed class LoanEventConfiguration : IEntityTypeConfiguration<LoanEvent>
{
    public void Configure(EntityTypeBuilder<LoanEvent> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.Property(x => x.Reference).HasMaxLength(100);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<ReintegrationLoan>().WithMany().HasForeignKey(x => x.LoanId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.LoanId, x.Reference }).IsUnique();
    }
}
