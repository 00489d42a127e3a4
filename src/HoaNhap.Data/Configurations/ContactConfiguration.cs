using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.ByUserId).HasMaxLength(450);
        e.Property(x => x.ByName).HasMaxLength(200);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.On });
    }
}

sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.OwnerUserId).HasMaxLength(450);
        e.Property(x => x.OwnerName).HasMaxLength(200);
        e.Property(x => x.Place).HasMaxLength(300);
        e.Property(x => x.Purpose).HasMaxLength(500);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CaseId, x.On });
        e.HasIndex(x => new { x.CommuneCode, x.On });
        e.HasIndex(x => new { x.OwnerUserId, x.On });
    }
}
