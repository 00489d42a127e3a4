using HoaNhap.Domain.Cases;
using HoaNhap.Domain.OfflineSync;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class SyncReceiptConfiguration : IEntityTypeConfiguration<SyncReceipt>
{
    public void Configure(EntityTypeBuilder<SyncReceipt> e)
    {
        e.ToTable("SyncReceipts");
        e.HasKey(x => x.Id);
        e.Placed();
        // Exactly once: a record the phone sends again is found by its id, and two sendings at the same moment cannot both be stored.
        e.HasIndex(x => x.ClientId).IsUnique();
        e.Property(x => x.UserId).HasMaxLength(450).IsRequired();
        e.Property(x => x.Kind).HasMaxLength(32).IsRequired();
        e.Property(x => x.Answer).IsRequired();   // the JSON of the first answer, notes and comments included
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.UserId, x.CreatedAt });
    }
}
