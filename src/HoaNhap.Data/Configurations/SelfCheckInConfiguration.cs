using HoaNhap.Domain.Cases;
using HoaNhap.Domain.SelfCheckIns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class SelfCheckInScheduleConfiguration : IEntityTypeConfiguration<SelfCheckInSchedule>
{
    public void Configure(EntityTypeBuilder<SelfCheckInSchedule> e)
    {
        e.HasKey(x => x.CaseId);
        e.Placed();
        e.Property(x => x.Repeat).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Reason).HasMaxLength(1000).IsRequired();
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.Ignore(x => x.Pattern);
        e.HasOne<Case>().WithOne().HasForeignKey<SelfCheckInSchedule>(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class SelfCheckInConfiguration : IEntityTypeConfiguration<SelfCheckIn>
{
    public void Configure(EntityTypeBuilder<SelfCheckIn> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.PhotoContentType).HasMaxLength(32);
        e.Property(x => x.Review).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.ReviewNote).HasMaxLength(1000);
        e.Property(x => x.ReviewedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        // One check-in per window of a case: a second sending in the same window finds the first.
        e.HasIndex(x => new { x.CaseId, x.WindowOn }).IsUnique();
    }
}

sealed class SelfCheckInPhotoConfiguration : IEntityTypeConfiguration<SelfCheckInPhoto>
{
    public void Configure(EntityTypeBuilder<SelfCheckInPhoto> e)
    {
        e.HasKey(x => x.SelfCheckInId);
        e.Placed();
        e.Property(x => x.ContentType).HasMaxLength(32);
        e.HasOne<SelfCheckIn>().WithOne().HasForeignKey<SelfCheckInPhoto>(x => x.SelfCheckInId).OnDelete(DeleteBehavior.Cascade);
    }
}
