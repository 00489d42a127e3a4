using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class AbsencePermissionConfiguration : IEntityTypeConfiguration<AbsencePermission>
{
    public void Configure(EntityTypeBuilder<AbsencePermission> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Destination).HasMaxLength(300).IsRequired();
        e.Property(x => x.Reason).HasMaxLength(2000).IsRequired();
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.DecisionNumber).HasMaxLength(100);
        e.Property(x => x.DecisionReason).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Ignore(x => x.Days);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
        e.HasIndex(x => x.Status);
    }
}

sealed class UnauthorisedAbsenceConfiguration : IEntityTypeConfiguration<UnauthorisedAbsence>
{
    public void Configure(EntityTypeBuilder<UnauthorisedAbsence> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Note).HasMaxLength(2000).IsRequired();
        e.Property(x => x.ByName).HasMaxLength(200);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
        e.HasIndex(x => x.PersonId);
    }
}
