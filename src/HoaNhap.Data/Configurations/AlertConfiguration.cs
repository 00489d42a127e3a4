using HoaNhap.Domain.Alerts;
using HoaNhap.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.SourceKind).HasMaxLength(64);
        e.Property(x => x.Title).HasMaxLength(500);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        // One event, one alert: the nightly run and the event-driven update may both see the same detection.
        e.HasIndex(x => new { x.SourceKind, x.SourceId }).IsUnique();
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode, x.Status });
        e.HasIndex(x => x.PersonId);
    }
}

sealed class AlertStepConfiguration : IEntityTypeConfiguration<AlertStep>
{
    public void Configure(EntityTypeBuilder<AlertStep> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Step).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Action).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.Property(x => x.ByName).HasMaxLength(200);
        e.HasOne<Alert>().WithMany().HasForeignKey(x => x.AlertId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.AlertId, x.Step }).IsUnique();
    }
}
