using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e)
    {
        e.Property(x => x.FullName).HasMaxLength(200);
        e.Property(x => x.Role).HasMaxLength(32);
        e.Property(x => x.UnitCode).HasMaxLength(5);
        e.Property(x => x.ProvinceCode).HasMaxLength(2);
        e.Property(x => x.CommuneCode).HasMaxLength(5);
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode });
        // A person's portal account, found from the person at sign-in.
        e.HasIndex(x => x.PersonId);
        e.Property(x => x.Body).HasConversion<string>().HasMaxLength(32);
    }
}

sealed class RoleSettingConfiguration : IEntityTypeConfiguration<RoleSetting>
{
    public void Configure(EntityTypeBuilder<RoleSetting> e)
    {
        e.HasKey(x => x.Role);
        e.Property(x => x.Role).HasMaxLength(32);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
    }
}
