using HoaNhap.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Configurations;

public sealed class MonthlyReconciliationConfiguration : IEntityTypeConfiguration<MonthlyReconciliation>
{
    public void Configure(EntityTypeBuilder<MonthlyReconciliation> e)
    {
        e.ToTable("Reconciliations");
        e.HasKey(x => x.Id);
        e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.CommuneCode).HasMaxLength(5).IsRequired();
        e.Property(x => x.Month).HasMaxLength(7).IsRequired();
        e.Property(x => x.Source).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.FileName).HasMaxLength(260);
        e.Property(x => x.Error).HasMaxLength(2000);
        e.Property(x => x.CreatedBy).HasMaxLength(256);
        e.Property(x => x.SignedOffBy).HasMaxLength(256);
        e.Property(x => x.CourtAgreedBy).HasMaxLength(256);
        e.Property(x => x.ProcuracyAgreedBy).HasMaxLength(256);
        e.Ignore(x => x.IsSettled);
        e.HasIndex(x => new { x.ProvinceCode, x.Month });
        e.HasIndex(x => x.Status);
        e.HasOne<ReconciliationFile>().WithOne().HasForeignKey<ReconciliationFile>(f => f.ReconciliationId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany<ReconciliationRow>().WithOne().HasForeignKey(r => r.ReconciliationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReconciliationFileConfiguration : IEntityTypeConfiguration<ReconciliationFile>
{
    public void Configure(EntityTypeBuilder<ReconciliationFile> e)
    {
        e.ToTable("ReconciliationFiles");
        e.HasKey(x => x.ReconciliationId);
    }
}

public sealed class ReconciliationRowConfiguration : IEntityTypeConfiguration<ReconciliationRow>
{
    public void Configure(EntityTypeBuilder<ReconciliationRow> e)
    {
        e.ToTable("ReconciliationRows");
        e.HasKey(x => x.Id);
        e.Property(x => x.ProvinceCode).HasMaxLength(2).IsRequired();
        e.Property(x => x.CommuneCode).HasMaxLength(5).IsRequired();
        e.Property(x => x.Part).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Resolution).HasConversion<string>().HasMaxLength(32);
        foreach (var text in new[] { nameof(ReconciliationRow.JudgmentNumber), nameof(ReconciliationRow.JudgmentDate), nameof(ReconciliationRow.BirthDate),
                     nameof(ReconciliationRow.PersonalIdNumber), nameof(ReconciliationRow.Gender), nameof(ReconciliationRow.TermMonths),
                     nameof(ReconciliationRow.EffectiveOn) })
            e.Property(text).HasMaxLength(100);
        e.Property(x => x.Court).HasMaxLength(200);
        e.Property(x => x.FullName).HasMaxLength(200);
        e.Property(x => x.Penalty).HasMaxLength(100);
        e.Property(x => x.Address).HasMaxLength(500);
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.Property(x => x.Conflicts).HasMaxLength(2000);
        e.Property(x => x.ResolutionNote).HasMaxLength(2000);
        e.Property(x => x.ResolvedBy).HasMaxLength(256);
        e.Ignore(x => x.IsDiscrepancy);
        e.Ignore(x => x.ConflictFields);
        e.HasIndex(x => new { x.ReconciliationId, x.Part, x.RowNumber });
        e.HasIndex(x => new { x.ProvinceCode, x.CommuneCode });
    }
}
