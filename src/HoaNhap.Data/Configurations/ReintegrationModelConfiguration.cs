using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class ReintegrationModelConfiguration : IEntityTypeConfiguration<ReintegrationModel>
{
    public void Configure(EntityTypeBuilder<ReintegrationModel> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Name).HasMaxLength(200).IsRequired();
        e.Property(x => x.DecisionNumber).HasMaxLength(100);
        e.Property(x => x.Lead).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Goal).HasMaxLength(2000).IsRequired();
        e.Property(x => x.StopReason).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
    }
}

sealed class ReintegrationModelMemberConfiguration : IEntityTypeConfiguration<ReintegrationModelMember>
{
    public void Configure(EntityTypeBuilder<ReintegrationModelMember> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Name).HasMaxLength(200).IsRequired();
        e.Property(x => x.Note).HasMaxLength(500);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<ReintegrationModel>().WithMany().HasForeignKey(x => x.ModelId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.ModelId);
        e.HasIndex(x => x.CaseId);
    }
}

sealed class ReintegrationModelActivityConfiguration : IEntityTypeConfiguration<ReintegrationModelActivity>
{
    public void Configure(EntityTypeBuilder<ReintegrationModelActivity> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Content).HasMaxLength(2000).IsRequired();
        e.Property(x => x.Result).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<ReintegrationModel>().WithMany().HasForeignKey(x => x.ModelId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.ModelId, x.HeldOn });
    }
}

sealed class ExemplaryIndividualConfiguration : IEntityTypeConfiguration<ExemplaryIndividual>
{
    public void Configure(EntityTypeBuilder<ExemplaryIndividual> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.RecognisedBy).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.DecisionNumber).HasMaxLength(100);
        e.Property(x => x.Achievements).HasMaxLength(2000).IsRequired();
        e.Property(x => x.Evidence).HasMaxLength(2000).IsRequired();
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
    }
}
