using HoaNhap.Domain.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

public sealed class AgencyClientConfiguration : IEntityTypeConfiguration<AgencyClient>
{
    public void Configure(EntityTypeBuilder<AgencyClient> e)
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.ClientId).HasMaxLength(64).IsRequired();
        e.Property(x => x.Name).HasMaxLength(200).IsRequired();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.Scopes).HasMaxLength(200);
        e.Property(x => x.SecretHash).HasMaxLength(64);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Ignore(x => x.ScopeList);
        e.HasIndex(x => x.ClientId).IsUnique();
    }
}

public sealed class ExchangeRequestConfiguration : IEntityTypeConfiguration<ExchangeRequest>
{
    public void Configure(EntityTypeBuilder<ExchangeRequest> e)
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.Reference).HasMaxLength(100).IsRequired();
        e.Property(x => x.Endpoint).HasMaxLength(64);
        e.Property(x => x.BodyHash).HasMaxLength(64);
        e.HasIndex(x => new { x.AgencyClientId, x.Reference }).IsUnique();
        e.HasOne<AgencyClient>().WithMany().HasForeignKey(x => x.AgencyClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReleaseNoticeConfiguration : IEntityTypeConfiguration<ReleaseNotice>
{
    public void Configure(EntityTypeBuilder<ReleaseNotice> e)
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.Reference).HasMaxLength(100);
        e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.CommuneCode).HasMaxLength(5).IsRequired();
        e.Property(x => x.FullName).HasMaxLength(200).IsRequired();
        e.Property(x => x.PersonalIdNumber).HasMaxLength(12);
        e.Property(x => x.Address).HasMaxLength(500);
        e.Property(x => x.Prison).HasMaxLength(200);
        e.Property(x => x.JudgmentNumber).HasMaxLength(100);
        e.Property(x => x.Court).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode });
        e.HasIndex(x => new { x.AgencyClientId, x.Reference }).IsUnique();
    }
}

public sealed class LoanStatusUpdateConfiguration : IEntityTypeConfiguration<LoanStatusUpdate>
{
    public void Configure(EntityTypeBuilder<LoanStatusUpdate> e)
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.Reference).HasMaxLength(100);
        e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.CommuneCode).HasMaxLength(5).IsRequired();
        e.Property(x => x.PersonalIdNumber).HasMaxLength(12);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode });
        e.HasIndex(x => x.PersonalIdNumber);
        e.HasIndex(x => new { x.AgencyClientId, x.Reference }).IsUnique();
    }
}
