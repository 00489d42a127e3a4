using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

/// <summary>Shared mapping of the place codes every placed row carries (scope and sharding key).</summary>
public static class PlacedMapping
{
    public static void Placed<T>(this EntityTypeBuilder<T> e) where T : class, HoaNhap.Domain.IPlaced
    {
        e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.CommuneCode).HasMaxLength(5).IsRequired();
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode });
    }
}
