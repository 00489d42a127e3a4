using HoaNhap.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> e)
    {
        e.ToTable("JobLeases");
        e.HasKey(x => x.Name);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Holder).HasMaxLength(200);
        e.Property(x => x.LastDone).HasMaxLength(100);
        e.Property(x => x.LastDoneBy).HasMaxLength(200);
    }
}
