using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Prevention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class ViolationSignConfiguration : IEntityTypeConfiguration<ViolationSign>
{
    public void Configure(EntityTypeBuilder<ViolationSign> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.Property(x => x.ByUserId).HasMaxLength(450);
        e.Property(x => x.ByName).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.ObservedOn });
    }
}

sealed class GradeDecisionConfiguration : IEntityTypeConfiguration<GradeDecision>
{
    public void Configure(EntityTypeBuilder<GradeDecision> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Grade).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Reason).HasMaxLength(2000);
        e.Property(x => x.ByUserId).HasMaxLength(450);
        e.Property(x => x.ByName).HasMaxLength(200);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.On });
    }
}

sealed class CadenceRequestConfiguration : IEntityTypeConfiguration<CadenceRequest>
{
    public void Configure(EntityTypeBuilder<CadenceRequest> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Grade).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Reason).HasMaxLength(2000);
        e.Property(x => x.DecisionNote).HasMaxLength(2000);
        e.Property(x => x.RequestedByName).HasMaxLength(200);
        e.Property(x => x.DecidedByName).HasMaxLength(200);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.RequestedOn });
    }
}
