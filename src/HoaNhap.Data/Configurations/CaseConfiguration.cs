using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.LegalBasisVersion).HasMaxLength(32);
        e.Property(x => x.Notes).HasMaxLength(2000);
        e.Property(x => x.DecisionNumber).HasMaxLength(100);
        e.Property(x => x.Restrictions).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => x.Status);
        // The case page looks up the case that follows this one (reintegration after a sentence).
        e.HasIndex(x => x.PreviousCaseId);
        e.Ignore(x => x.NextStatuses);
    }
}

sealed class SupervisorAssignmentConfiguration : IEntityTypeConfiguration<SupervisorAssignment>
{
    public void Configure(EntityTypeBuilder<SupervisorAssignment> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.SupervisorUserId).HasMaxLength(450);
        e.Property(x => x.SupervisorName).HasMaxLength(200);
        e.Property(x => x.DecisionNumber).HasMaxLength(100);
        e.Property(x => x.EndReason).HasMaxLength(1000);
        e.HasIndex(x => x.SupervisorUserId);
        e.HasIndex(x => new { x.PersonId, x.EndedOn });
    }
}
