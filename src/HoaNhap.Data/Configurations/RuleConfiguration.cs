using HoaNhap.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class RuleParameterValueConfiguration : IEntityTypeConfiguration<RuleParameterValue>
{
    public void Configure(EntityTypeBuilder<RuleParameterValue> e)
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.Key).HasMaxLength(64);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Value).HasMaxLength(32);
        e.Property(x => x.Unit).HasMaxLength(32);
        e.Property(x => x.Source).HasMaxLength(300);
        e.Property(x => x.ChangedBy).HasMaxLength(256);
        e.HasIndex(x => new { x.Key, x.EffectiveFrom }).IsUnique();
    }
}

sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> e)
    {
        e.HasKey(x => x.Date);
        e.Property(x => x.Name).HasMaxLength(200);
    }
}

sealed class EligibilityForecastConfiguration : IEntityTypeConfiguration<EligibilityForecast>
{
    public void Configure(EntityTypeBuilder<EligibilityForecast> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Summary).HasMaxLength(500);
        e.Property(x => x.ParametersVersion).HasMaxLength(32);
        e.HasIndex(x => new { x.Kind, x.On });
    }
}
