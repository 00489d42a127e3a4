using HoaNhap.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.HasKey(x => x.Id);
        // The database numbers the rows (never reusing a number); the hash covers the chain and sequence instead.
        e.Property(x => x.Id).ValueGeneratedOnAdd();
        e.Property(x => x.Chain).HasMaxLength(2).HasDefaultValue("");
        // A number is unique within its chain (the filter dates from entries without a chain; none are written now).
        e.HasIndex(x => new { x.Chain, x.Sequence }).IsUnique().HasFilter("\"Chain\" <> ''");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.UserName).HasMaxLength(256);
        e.Property(x => x.Action).HasMaxLength(32);
        e.Property(x => x.EntityType).HasMaxLength(64);
        e.Property(x => x.EntityId).HasMaxLength(64);
        e.Property(x => x.ProvinceCode).HasMaxLength(2);
        e.Property(x => x.CommuneCode).HasMaxLength(5);
        e.Property(x => x.ClientAddress).HasMaxLength(64);
        e.Property(x => x.PreviousHash).HasMaxLength(64);
        e.Property(x => x.Hash).HasMaxLength(64);
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode });
    }
}

sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> e)
    {
        e.HasKey(x => x.Chain);
        e.Property(x => x.Chain).HasMaxLength(2);
        e.Property(x => x.Hash).HasMaxLength(64);
    }
}

sealed class AuditChainArchiveConfiguration : IEntityTypeConfiguration<AuditChainArchive>
{
    public void Configure(EntityTypeBuilder<AuditChainArchive> e)
    {
        e.ToTable("AuditChainArchives");
        e.HasKey(x => new { x.Chain, x.Month });
        e.Property(x => x.Chain).HasMaxLength(2);
        e.Property(x => x.Partition).HasMaxLength(63);
        e.Property(x => x.LastHash).HasMaxLength(64);
        e.Property(x => x.ArchivedBy).HasMaxLength(256);
        e.Property(x => x.Mac).HasMaxLength(64);
    }
}
