using HoaNhap.Domain.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

public sealed class RegisterImportConfiguration : IEntityTypeConfiguration<RegisterImport>
{
    public void Configure(EntityTypeBuilder<RegisterImport> e)
    {
        e.ToTable("RegisterImports");
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.FileName).HasMaxLength(260);
        e.Property(x => x.FileHash).HasMaxLength(64).IsRequired();
        e.Property(x => x.Sheet).HasMaxLength(200);
        e.Property(x => x.Encoding).HasMaxLength(40);
        e.Property(x => x.Error).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.UserFullName).HasMaxLength(200);
        e.Property(x => x.Role).HasMaxLength(64);
        e.Property(x => x.UserCommuneCode).HasMaxLength(5);
        e.HasIndex(x => new { x.ProvinceCode, x.FileHash });
        e.Property(x => x.HeaderKey).HasMaxLength(64).IsRequired();
        e.HasIndex(x => new { x.ProvinceCode, x.Kind, x.HeaderKey });
        e.HasIndex(x => x.Status);
        e.HasOne<RegisterImportFile>().WithOne().HasForeignKey<RegisterImportFile>(f => f.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RegisterImportFileConfiguration : IEntityTypeConfiguration<RegisterImportFile>
{
    public void Configure(EntityTypeBuilder<RegisterImportFile> e)
    {
        e.ToTable("RegisterImportFiles");
        e.HasKey(x => x.ImportId);
    }
}
