using HoaNhap.Domain.Judgments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class JudgmentConfiguration : IEntityTypeConfiguration<Judgment>
{
    public void Configure(EntityTypeBuilder<Judgment> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Number).HasMaxLength(100).IsRequired();
        e.Property(x => x.NumberKey).HasMaxLength(100);
        e.Property(x => x.Court).HasMaxLength(200).IsRequired();
        e.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => x.NumberKey);
        e.HasMany(x => x.AdditionalPenalties).WithOne().HasForeignKey(x => x.JudgmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.CivilObligations).WithOne().HasForeignKey(x => x.JudgmentId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.EnforcementDecisions).WithOne().HasForeignKey(x => x.JudgmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class AdditionalPenaltyConfiguration : IEntityTypeConfiguration<AdditionalPenalty>
{
    public void Configure(EntityTypeBuilder<AdditionalPenalty> e)
    {
        e.HasKey(x => x.Id);
    }
}

sealed class CivilObligationConfiguration : IEntityTypeConfiguration<CivilObligation>
{
    public void Configure(EntityTypeBuilder<CivilObligation> e)
    {
        e.HasKey(x => x.Id);
    }
}

sealed class EnforcementDecisionConfiguration : IEntityTypeConfiguration<EnforcementDecision>
{
    public void Configure(EntityTypeBuilder<EnforcementDecision> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Number).HasMaxLength(100).IsRequired();
        e.Property(x => x.IssuedBy).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
    }
}

sealed class AtLargeRecordConfiguration : IEntityTypeConfiguration<AtLargeRecord>
{
    public void Configure(EntityTypeBuilder<AtLargeRecord> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Judgment>().WithMany().HasForeignKey(x => x.JudgmentId).OnDelete(DeleteBehavior.Cascade);
        // One record per prison judgment.
        e.HasIndex(x => x.JudgmentId).IsUnique();
        e.HasIndex(x => new { x.ProvinceCode, x.Status });
        e.HasIndex(x => x.PersonId);
    }
}
