using HoaNhap.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(8);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        e.Property(x => x.Template).HasMaxLength(40);
        e.Property(x => x.Parameters).HasMaxLength(4000);
        e.Property(x => x.Body).HasMaxLength(2000);
        e.Property(x => x.Recipient).HasMaxLength(254);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.DedupKey).HasMaxLength(200);
        e.Property(x => x.ClaimedBy).HasMaxLength(100);
        e.Property(x => x.ProviderMessageId).HasMaxLength(100);
        e.Property(x => x.Error).HasMaxLength(1000);
        // The same reminder found twice (the daily run again, two instances) is refused by the database.
        e.HasIndex(x => x.DedupKey).IsUnique();
        // The dispatcher's poll: queued rows whose time has come.
        e.HasIndex(x => new { x.Status, x.NotBefore });
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => x.ProviderMessageId);
    }
}
