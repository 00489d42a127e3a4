using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class ReintegrationIntakeConfiguration : IEntityTypeConfiguration<ReintegrationIntake>
{
    public void Configure(EntityTypeBuilder<ReintegrationIntake> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Sender).HasMaxLength(200).IsRequired();
        e.Property(x => x.ResidenceNote).HasMaxLength(2000);
        e.Property(x => x.Circumstances).HasMaxLength(4000);
        e.Property(x => x.Wishes).HasMaxLength(2000);
        e.Property(x => x.OfficerUserId).HasMaxLength(450);
        e.Property(x => x.OfficerName).HasMaxLength(200);
        e.Property(x => x.HelperName).HasMaxLength(200);
        e.Property(x => x.HelperKind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.HelperOrganisation).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId).IsUnique();
        e.HasIndex(x => x.ReleaseNoticeId);
    }
}

sealed class SupportActionConfiguration : IEntityTypeConfiguration<SupportAction>
{
    public void Configure(EntityTypeBuilder<SupportAction> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Area).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Responsible).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Need).HasMaxLength(1000).IsRequired();
        e.Property(x => x.Action).HasMaxLength(1000).IsRequired();
        e.Property(x => x.Outcome).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
    }
}

sealed class RecordClearanceConfiguration : IEntityTypeConfiguration<RecordClearance>
{
    public void Configure(EntityTypeBuilder<RecordClearance> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.DocumentNumber).HasMaxLength(100).IsRequired();
        e.Property(x => x.Issuer).HasMaxLength(200).IsRequired();
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId).IsUnique();
    }
}
