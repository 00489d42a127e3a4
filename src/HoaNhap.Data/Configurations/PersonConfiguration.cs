using HoaNhap.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.FullName).HasMaxLength(200).IsRequired();
        e.Property(x => x.OtherNames).HasMaxLength(200);
        e.Property(x => x.PersonalIdNumber).HasMaxLength(12);
        e.Property(x => x.Address).HasMaxLength(500);
        e.Property(x => x.Phone).HasMaxLength(20);
        e.Property(x => x.SearchKey).HasMaxLength(450);
        e.Property(x => x.Association).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.AssociationName).HasMaxLength(200);
        e.Property(x => x.HardshipReason).HasMaxLength(1000);
        e.Property(x => x.HardshipRecordedBy).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => x.PersonalIdNumber).IsUnique();
        e.HasIndex(x => x.SearchKey);
        e.HasOne(x => x.Photo).WithOne().HasForeignKey<PersonPhoto>(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Judgments).WithOne().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Cases).WithOne().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.SupervisorAssignments).WithOne().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class PersonPhotoConfiguration : IEntityTypeConfiguration<PersonPhoto>
{
    public void Configure(EntityTypeBuilder<PersonPhoto> e)
    {
        e.HasKey(x => x.PersonId);
        e.Property(x => x.ContentType).HasMaxLength(50);
    }
}

sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.MergedBy).HasMaxLength(256);
        e.Property(x => x.UndoneBy).HasMaxLength(256);
        e.HasIndex(x => x.KeptId);
        e.HasIndex(x => x.RetiredId);
    }
}
