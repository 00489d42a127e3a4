using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Name).HasMaxLength(300).IsRequired();
        e.Property(x => x.TaxCode).HasMaxLength(20);
        e.Property(x => x.Address).HasMaxLength(500).IsRequired();
        e.Property(x => x.Sector).HasMaxLength(200).IsRequired();
        e.Property(x => x.ContactPerson).HasMaxLength(200).IsRequired();
        e.Property(x => x.ContactPhone).HasMaxLength(20).IsRequired();
        e.Property(x => x.JobsOffered).HasMaxLength(2000).IsRequired();
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
    }
}

sealed class VocationalCourseConfiguration : IEntityTypeConfiguration<VocationalCourse>
{
    public void Configure(EntityTypeBuilder<VocationalCourse> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Trade).HasMaxLength(200).IsRequired();
        e.Property(x => x.Provider).HasMaxLength(300).IsRequired();
        e.Property(x => x.Place).HasMaxLength(500).IsRequired();
        e.Property(x => x.Support).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.UpdatedBy).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => x.EndsOn);
    }
}

sealed class JobReferralConfiguration : IEntityTypeConfiguration<JobReferral>
{
    public void Configure(EntityTypeBuilder<JobReferral> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.DeclinedBy).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.TargetName).HasMaxLength(600).IsRequired();
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.DeclineReason).HasMaxLength(1000);
        e.Property(x => x.OutcomeNote).HasMaxLength(1000);
        e.Property(x => x.CorrectionReason).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Employer>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<VocationalCourse>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.CaseId);
        e.HasIndex(x => x.ReferredOn);
    }
}

sealed class JobRetentionCheckConfiguration : IEntityTypeConfiguration<JobRetentionCheck>
{
    public void Configure(EntityTypeBuilder<JobRetentionCheck> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Employer).HasMaxLength(600);
        e.Property(x => x.ReasonNotEmployed).HasMaxLength(1000);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.Property(x => x.ByName).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasOne<JobReferral>().WithMany().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Cascade);
        // One follow-up per checkpoint of a hire.
        e.HasIndex(x => new { x.ReferralId, x.Checkpoint }).IsUnique();
        e.HasIndex(x => x.CaseId);
    }
}
