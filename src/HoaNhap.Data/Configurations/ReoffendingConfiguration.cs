using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class ReturneeViolationConfiguration : IEntityTypeConfiguration<ReturneeViolation>
{
    public void Configure(EntityTypeBuilder<ReturneeViolation> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Description).HasMaxLength(2000).IsRequired();
        e.Property(x => x.Evidence).HasMaxLength(2000);
        e.Property(x => x.SanctionDecision).HasMaxLength(300);
        e.Property(x => x.ProsecutingBody).HasMaxLength(200);
        e.Property(x => x.JudgmentNumber).HasMaxLength(100);
        e.Property(x => x.Court).HasMaxLength(200);
        e.Property(x => x.Penalty).HasMaxLength(500);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.HandlingRecordedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
        // The re-offending indicator looks for new offences by day.
        e.HasIndex(x => new { x.Kind, x.OccurredOn });
    }
}
