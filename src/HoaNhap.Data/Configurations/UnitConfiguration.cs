using HoaNhap.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> e)
    {
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasMaxLength(2);
        e.Property(x => x.Name).HasMaxLength(100);
    }
}

sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> e)
    {
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasMaxLength(5);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.ProvinceCode).HasMaxLength(2);
        e.HasOne<Province>().WithMany().HasForeignKey(x => x.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.ProvinceCode);
    }
}
