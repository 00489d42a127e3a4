using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class CaseFileItemConfiguration : IEntityTypeConfiguration<CaseFileItem>
{
    public void Configure(EntityTypeBuilder<CaseFileItem> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Number).HasMaxLength(100);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
    }
}

sealed class WorklistItemConfiguration : IEntityTypeConfiguration<WorklistItem>
{
    public void Configure(EntityTypeBuilder<WorklistItem> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.SupervisorUserId).HasMaxLength(450);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Link).HasMaxLength(200);
        e.HasIndex(x => x.SupervisorUserId);
        e.HasIndex(x => x.DueOn);
        // The worklist page shows the day of the last computation: MAX(ComputedOn) from the index, not a scan.
        e.HasIndex(x => x.ComputedOn);
    }
}

sealed class EarlyTerminationProposalConfiguration : IEntityTypeConfiguration<EarlyTerminationProposal>
{
    public void Configure(EntityTypeBuilder<EarlyTerminationProposal> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Grounds).HasMaxLength(2000);
        e.Property(x => x.CourtDecisionNumber).HasMaxLength(100);
        e.Property(x => x.Court).HasMaxLength(200);
        e.Property(x => x.CourtNote).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
    }
}
