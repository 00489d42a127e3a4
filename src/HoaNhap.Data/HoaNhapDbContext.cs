using HoaNhap.Data.Audit;
using HoaNhap.Data.Identity;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Units;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HoaNhap.Data;

public sealed class HoaNhapDbContext(DbContextOptions<HoaNhapDbContext> options, IAuditActor? actor = null,
    AuditChainSettings? auditChain = null, TimeProvider? clock = null)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public IAuditActor Actor { get; } = actor ?? SystemActor.Instance;
    /// <summary>The application's clock (<see cref="VietnamClock"/>): commands and jobs take "today" from it.</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;
    /// <summary>The day in Vietnam by <see cref="Clock"/>.</summary>
    public DateOnly Today => Clock.Today();
    /// <summary>The key and anchor file of the audit chains; null only for tools that never write (design time, benchmarks).</summary>
    public AuditChainSettings? AuditSettings { get; } = auditChain;

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonPhoto> PersonPhotos => Set<PersonPhoto>();
    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();
    public DbSet<Judgment> Judgments => Set<Judgment>();
    public DbSet<EnforcementDecision> EnforcementDecisions => Set<EnforcementDecision>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<SupervisorAssignment> SupervisorAssignments => Set<SupervisorAssignment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<RoleSetting> RoleSettings => Set<RoleSetting>();
    public DbSet<RuleParameterValue> RuleParameterValues => Set<RuleParameterValue>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<EligibilityForecast> EligibilityForecasts => Set<EligibilityForecast>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void ConfigureConventions(ModelConfigurationBuilder b)
    {
        b.Properties<Gender>().HaveConversion<string>().HaveMaxLength(16);
        b.Properties<MainPenalty>().HaveConversion<string>().HaveMaxLength(32);
        b.Properties<AdditionalPenaltyKind>().HaveConversion<string>().HaveMaxLength(32);
        b.Properties<CivilObligationKind>().HaveConversion<string>().HaveMaxLength(32);
        b.Properties<CaseKind>().HaveConversion<string>().HaveMaxLength(32);
        b.Properties<SentenceType>().HaveConversion<string>().HaveMaxLength(32);
        b.Properties<ReleaseKind>().HaveConversion<string>().HaveMaxLength(32);
        b.Properties<CaseStatus>().HaveConversion<string>().HaveMaxLength(32);
        b.Properties<ProvinceKind>().HaveConversion<string>().HaveMaxLength(16);
        b.Properties<CommuneKind>().HaveConversion<string>().HaveMaxLength(16);
        b.Properties<SourceStatus>().HaveConversion<string>().HaveMaxLength(16);
        b.Properties<ForecastKind>().HaveConversion<string>().HaveMaxLength(32);
        // SQLite cannot compare or order DateTimeOffset stored as text; store UTC ticks instead.
        if (Database.IsSqlite())
            b.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder m)
    {
        base.OnModelCreating(m);
        // Every mapping is an IEntityTypeConfiguration in Configurations/; what only PostgreSQL has is added after them.
        m.ApplyConfigurationsFromAssembly(typeof(HoaNhapDbContext).Assembly);
        if (Database.IsNpgsql()) Configurations.PostgresModel.Configure(m);
    }

    // ---- audit and versions -------------------------------------------------------------

    readonly List<AuditEntry> _explicit = [];

    /// <summary>Records an event that is not a data change (a view, a search) with the next save.</summary>
    public void Record(string action, string entityType, string? entityId, Guid? personId,
        string? provinceCode, string? communeCode, string? details = null) =>
        _explicit.Add(new AuditEntry
        {
            Action = action, EntityType = entityType, EntityId = entityId, PersonId = personId,
            ProvinceCode = provinceCode, CommuneCode = communeCode, Details = details,
        });

    /// <summary>Entries stamped by the context that recorded them (<see cref="TakeRecorded"/>), saved here as they are.</summary>
    readonly HashSet<AuditEntry> _stamped = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Takes the entries recorded on this context, stamped with its actor (who, from where), so that another context
    /// can save them — the audit writer saves the entries of many requests in one transaction.
    /// </summary>
    public List<AuditEntry> TakeRecorded()
    {
        var taken = _explicit.ToList();
        _explicit.Clear();
        foreach (var e in taken) Stamp(e);
        return taken;
    }

    /// <summary>Adds entries taken from other contexts (<see cref="TakeRecorded"/>); the next save chains and writes them.</summary>
    public void AddRecorded(IEnumerable<AuditEntry> entries)
    {
        foreach (var e in entries)
        {
            _explicit.Add(e);
            _stamped.Add(e);
        }
    }

    void Stamp(AuditEntry e)
    {
        e.UserId = Actor.UserId;
        e.UserName = Actor.UserName;
        e.ClientAddress = Actor.ClientAddress;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        var now = Domain.Audit.AuditChain.Normalize(DateTimeOffset.UtcNow);
        StampVersions(now);
        var entries = AuditTrail.FromChanges(ChangeTracker);
        entries.AddRange(_explicit);
        _explicit.Clear();
        if (entries.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        var settings = AuditSettings ?? throw new InvalidOperationException(
            "Không ghi được nhật ký: thiếu khóa của chuỗi nhật ký (AuditChainSettings chưa được đăng ký).");

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            var anchors = await ChainAsync(entries, now, settings, ct);
            AuditEntries.AddRange(entries);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
                // Only what is committed is anchored; inside a caller's transaction the next save anchors instead.
                settings.Append(anchors);
            }
            return written;
        }
        catch
        {
            foreach (var e in entries) Entry(e).State = EntityState.Detached;
            if (ownTransaction is not null) await ownTransaction.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            _stamped.Clear();
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Numbers and hashes <paramref name="entries"/> after the heads of their chains and moves the heads, in the current
    /// transaction; returns the anchors due, to be appended to the anchor file once the transaction commits.
    /// </summary>
    async Task<List<AuditAnchor>> ChainAsync(List<AuditEntry> entries, DateTimeOffset now, AuditChainSettings settings, CancellationToken ct)
    {
        var anchors = new List<AuditAnchor>();
        // One chain per province: only writers of the same province wait for each other, on that
        // province's head row (PostgreSQL: SELECT … FOR UPDATE; SQLite has a single writer anyway).
        // Chains are locked in code order so that a save touching two provinces cannot deadlock.
        foreach (var chain in entries.GroupBy(e => Domain.Audit.AuditChain.Of(e.ProvinceCode)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var head = await LockHeadAsync(chain.Key, ct);
            var sequence = head.Sequence;
            var previous = head.Hash;
            foreach (var e in chain)
            {
                e.Chain = chain.Key;
                e.Sequence = ++sequence;
                e.At = now;
                if (!_stamped.Contains(e)) Stamp(e);
                e.PreviousHash = previous;
                e.Hash = Domain.Audit.AuditChain.ComputeHash(e, settings.Key);
                previous = e.Hash;
            }
            var moved = await AuditChainHeads.Where(h => h.Chain == chain.Key && h.Sequence == head.Sequence)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, previous), ct);
            if (moved != 1) throw new DbUpdateConcurrencyException($"The head of audit chain {chain.Key} moved while it was locked.");
            if (settings.AnchorDue(chain.Key, sequence)) anchors.Add(new AuditAnchor(now, chain.Key, sequence, previous));
        }
        return anchors;
    }

    /// <summary>
    /// Inserts many new rows made by the system (the alerts the nightly worklist raises) with one audit entry each, the
    /// entries exactly as <see cref="SaveChangesAsync(bool, CancellationToken)"/> writes them, but in bulk (COPY on PostgreSQL):
    /// 125,000 alerts raised through EF's inserts took over half of the nightly run at national scale. Runs in the caller's
    /// transaction, or in its own. Nothing else may be pending on the context.
    /// </summary>
    public async Task<int> InsertAuditedAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return 0;
        if (ChangeTracker.HasChanges() || _explicit.Count > 0)
            throw new InvalidOperationException("InsertAuditedAsync: the context has unsaved changes; save them first.");
        var now = Domain.Audit.AuditChain.Normalize(DateTimeOffset.UtcNow);
        Set<T>().AddRange(rows);
        StampVersions(now);
        var entries = AuditTrail.FromChanges(ChangeTracker);
        ChangeTracker.Clear();
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            await BulkInsert.InsertRecordsAsync(this, rows, ct);
            var anchors = await AppendAuditAsync(entries, now, ct);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(ct);
                AuditSettings!.Append(anchors);
            }
            return rows.Count;
        }
        catch
        {
            if (ownTransaction is not null) await ownTransaction.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// Writes the audit entries of records inserted in bulk (<see cref="BulkInsert.InsertRecordsAsync{T}"/>, e.g. an imported
    /// register) in the caller's transaction: stamped with this context's actor, timed <paramref name="at"/>, chained after the
    /// heads exactly as <see cref="SaveChangesAsync(bool, CancellationToken)"/> chains, then inserted in bulk. Returns the anchors
    /// due: the caller appends them (<see cref="AuditChainSettings.Append"/>) once its transaction has committed.
    /// </summary>
    public async Task<List<AuditAnchor>> AppendAuditAsync(List<AuditEntry> entries, DateTimeOffset at, CancellationToken ct)
    {
        if (Database.CurrentTransaction is null) throw new InvalidOperationException("AppendAuditAsync writes inside the caller's transaction only.");
        var settings = AuditSettings ?? throw new InvalidOperationException(
            "Không ghi được nhật ký: thiếu khóa của chuỗi nhật ký (AuditChainSettings chưa được đăng ký).");
        if (entries.Count == 0) return [];
        var anchors = await ChainAsync(entries, Domain.Audit.AuditChain.Normalize(at), settings, ct);
        await BulkInsert.InsertRecordsAsync(this, entries, ct);
        return anchors;
    }

    /// <summary>Saves what is tracked without the audit and the stamps of <see cref="SaveChangesAsync(bool, CancellationToken)"/> (bulk inserts only).</summary>
    internal Task<int> SaveWithoutAuditAsync(CancellationToken ct) => base.SaveChangesAsync(true, ct);

    /// <summary>Reads a chain's head and holds it until the transaction ends; creates it at the first entry.</summary>
    async Task<AuditChainHead> LockHeadAsync(string chain, CancellationToken ct)
    {
        var postgres = Database.IsNpgsql();
        for (var attempt = 0; ; attempt++)
        {
            var found = postgres
                ? await AuditChainHeads.FromSqlInterpolated($"SELECT * FROM \"AuditChainHeads\" WHERE \"Chain\" = {chain} FOR UPDATE").AsNoTracking().ToListAsync(ct)
                : await AuditChainHeads.AsNoTracking().Where(h => h.Chain == chain).ToListAsync(ct);
            if (found.Count == 1) return found[0];
            if (attempt > 0) throw new InvalidOperationException($"Audit chain head {chain} could not be created.");
            await Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO \"AuditChainHeads\" (\"Chain\", \"Sequence\", \"Hash\") VALUES ({chain}, {0L}, {Domain.Audit.AuditChain.Genesis}) ON CONFLICT DO NOTHING", ct);
        }
    }

    void StampVersions(DateTimeOffset now)
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added)
            {
                if (entry.Metadata.FindProperty("CreatedAt") is not null) entry.Property("CreatedAt").CurrentValue = now;
                if (entry.Metadata.FindProperty("CreatedBy") is not null) entry.Property("CreatedBy").CurrentValue = Actor.UserName;
            }
            if (entry.Entity is IVersioned v && entry.State is EntityState.Added or EntityState.Modified)
            {
                if (entry.State == EntityState.Modified)
                    v.Version = (long)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
                v.UpdatedAt = now;
                v.UpdatedBy = Actor.UserName;
            }
        }
    }
}
