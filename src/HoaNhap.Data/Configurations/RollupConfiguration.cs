using HoaNhap.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

public sealed class IndicatorRollupConfiguration : IEntityTypeConfiguration<IndicatorRollup>
{
    public void Configure(EntityTypeBuilder<IndicatorRollup> e)
    {
        e.ToTable("IndicatorRollups");
        e.HasKey(x => new { x.ProvinceCode, x.CommuneCode, x.IndicatorKey, x.Month });
        e.Property(x => x.ProvinceCode).HasMaxLength(10);
        e.Property(x => x.CommuneCode).HasMaxLength(10);
        e.Property(x => x.IndicatorKey).HasMaxLength(60);
        e.Property(x => x.Month).HasMaxLength(7);
        e.HasIndex(x => new { x.ProvinceCode, x.Month });
        e.HasIndex(x => new { x.Month, x.IndicatorKey });
    }
}

public sealed class RollupMonthConfiguration : IEntityTypeConfiguration<RollupMonth>
{
    public void Configure(EntityTypeBuilder<RollupMonth> e)
    {
        e.ToTable("RollupMonths");
        e.HasKey(x => new { x.ProvinceCode, x.Month });
        e.Property(x => x.ProvinceCode).HasMaxLength(10);
        e.Property(x => x.Month).HasMaxLength(7);
    }
}

public sealed class RollupStateConfiguration : IEntityTypeConfiguration<RollupState>
{
    public void Configure(EntityTypeBuilder<RollupState> e)
    {
        e.ToTable("RollupStates");
        e.HasKey(x => x.ProvinceCode);
        e.Property(x => x.ProvinceCode).HasMaxLength(10);
    }
}
