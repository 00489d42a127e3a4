using HoaNhap.Domain.Exports;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

public sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> e)
    {
        e.ToTable("Disclosures");
        e.HasKey(x => x.Id);
        e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.CommuneCode).HasMaxLength(5).IsRequired();
        e.Property(x => x.Recipient).HasMaxLength(300);
        e.Property(x => x.Purpose).HasMaxLength(500);
        e.Property(x => x.LegalBasis).HasMaxLength(500);
        e.Property(x => x.What).HasMaxLength(1000);
        e.Property(x => x.RecordedBy).HasMaxLength(256);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.PersonId, x.At });
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode });
    }
}

public sealed class RetentionDecisionConfiguration : IEntityTypeConfiguration<RetentionDecision>
{
    public void Configure(EntityTypeBuilder<RetentionDecision> e)
    {
        e.ToTable("RetentionDecisions");
        e.HasKey(x => x.Id);
        e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.CommuneCode).HasMaxLength(5).IsRequired();
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.PersonId);
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode });
    }
}

public sealed class ExportJobConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> e)
    {
        e.ToTable("ExportJobs");
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasMaxLength(32);
        e.Property(x => x.Parameters).HasMaxLength(2000);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Error).HasMaxLength(2000);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.UserName).HasMaxLength(256);
        e.Property(x => x.UserFullName).HasMaxLength(200);
        e.Property(x => x.Role).HasMaxLength(32);
        e.Property(x => x.ProvinceCode).HasMaxLength(2);
        e.Property(x => x.CommuneCode).HasMaxLength(5);
        e.Property(x => x.ClaimedBy).HasMaxLength(100);
        e.Property(x => x.FileName).HasMaxLength(260);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.HasIndex(x => new { x.Status, x.CreatedAt });
        e.HasIndex(x => x.UserId);
    }
}
