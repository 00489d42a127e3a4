using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class BreachConfiguration : IEntityTypeConfiguration<Breach>
{
    public void Configure(EntityTypeBuilder<Breach> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Description).HasMaxLength(2000).IsRequired();
        e.Property(x => x.Evidence).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.CaseId);
    }
}

sealed class BreachReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Content).HasMaxLength(2000).IsRequired();
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Breach>().WithMany().HasForeignKey(x => x.BreachId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(x => x.CaseId);
    }
}

sealed class BreachReprimandConfiguration : IEntityTypeConfiguration<Reprimand>
{
    public void Configure(EntityTypeBuilder<Reprimand> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Place).HasMaxLength(300).IsRequired();
        e.Property(x => x.Participants).HasMaxLength(2000).IsRequired();
        e.Property(x => x.Conclusion).HasMaxLength(2000).IsRequired();
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Breach>().WithMany().HasForeignKey(x => x.BreachId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(x => x.CaseId);
    }
}

sealed class BreachEscalationProposalConfiguration : IEntityTypeConfiguration<EscalationProposal>
{
    public void Configure(EntityTypeBuilder<EscalationProposal> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Because).HasMaxLength(2000).IsRequired();
        e.Property(x => x.LegalBasis).HasMaxLength(300);
        e.Property(x => x.SentNumber).HasMaxLength(100);
        e.Property(x => x.DecisionNumber).HasMaxLength(100);
        e.Property(x => x.DecisionNote).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Breach>().WithMany().HasForeignKey(x => x.BreachId).OnDelete(DeleteBehavior.NoAction);
        e.HasIndex(x => x.CaseId);
        e.HasIndex(x => x.Status);
    }
}
