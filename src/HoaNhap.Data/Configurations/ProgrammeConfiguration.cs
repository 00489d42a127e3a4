using HoaNhap.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Organiser).HasMaxLength(300);
        e.Property(x => x.Topic).HasMaxLength(500);
        e.Property(x => x.UnitsTrained).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasIndex(x => x.HeldOn);
    }
}

sealed class AwarenessActivityConfiguration : IEntityTypeConfiguration<AwarenessActivity>
{
    public void Configure(EntityTypeBuilder<AwarenessActivity> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.Audience).HasMaxLength(500);
        e.Property(x => x.Materials).HasMaxLength(1000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasIndex(x => x.HeldOn);
    }
}

sealed class CommendationConfiguration : IEntityTypeConfiguration<Commendation>
{
    public void Configure(EntityTypeBuilder<Commendation> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.CommendedName).HasMaxLength(300);
        e.Property(x => x.Achievement).HasMaxLength(1000);
        e.Property(x => x.ProposedBy).HasMaxLength(300);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        e.Property(x => x.GrantedBy).HasMaxLength(300);
        e.Property(x => x.DecisionNumber).HasMaxLength(100);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasIndex(x => x.ProposedOn);
    }
}

sealed class BudgetPlanConfiguration : IEntityTypeConfiguration<BudgetPlan>
{
    public void Configure(EntityTypeBuilder<BudgetPlan> e)
    {
        e.HasKey(x => x.Id);
        e.Placed();
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode, x.Year }).IsUnique();
        e.Ignore(x => x.Planned);
        e.Ignore(x => x.Spent);
        e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.BudgetPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class BudgetItemConfiguration : IEntityTypeConfiguration<BudgetItem>
{
    public void Configure(EntityTypeBuilder<BudgetItem> e)
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.Item).HasMaxLength(300);
    }
}
