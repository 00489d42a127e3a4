using HoaNhap.Domain.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class PortalInvitationConfiguration : IEntityTypeConfiguration<PortalInvitation>
{
    public void Configure(EntityTypeBuilder<PortalInvitation> e)
    {
        e.Placed();
        e.Property(x => x.CodeHash).HasMaxLength(64).IsRequired();
        e.HasIndex(x => x.CodeHash);
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
    }
}

sealed class ReminderConsentConfiguration : IEntityTypeConfiguration<ReminderConsent>
{
    public void Configure(EntityTypeBuilder<ReminderConsent> e)
    {
        e.Placed();
        e.HasIndex(x => new { x.PersonId, x.Channel, x.At });
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(8);
        e.Property(x => x.Address).HasMaxLength(254);
        e.Property(x => x.By).HasMaxLength(256);
    }
}
