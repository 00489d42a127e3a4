using HoaNhap.Data;
using HoaNhap.Data.Rollups;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Units;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HoaNhap.Web.Features.Dashboard;

/// <summary>
/// What the indicators of <see cref="Indicators"/> read, and from which day a change to such a row can move a figure: a
/// figure of a reporting month looks at days up to the month's last day, so a change dated d moves the months ending on
/// or after d. Keep this list next to the indicators: an indicator that reads a new table adds it here.
/// </summary>
public static class IndicatorInputs
{
    static DateOnly Day(PropertyValues v, string name) => v[name] switch { DateOnly d => d, _ => DateOnly.MinValue };

    /// <summary>For each table read: the earliest day a row (its original or its current values) counts from.</summary>
    static readonly Dictionary<Type, Func<PropertyValues, DateOnly, DateOnly>> Since = new()
    {
        // Caseload, violation and re-offending rates, counselling, loans listed, absconded, wanted, model communes: from the start.
        [typeof(Case)] = (v, _) => Day(v, nameof(Case.StartOn)),
        [typeof(Breach)] = (v, _) => Day(v, nameof(Breach.OccurredOn)),
        [typeof(ReturneeViolation)] = (v, _) => Day(v, nameof(ReturneeViolation.OccurredOn)),
        [typeof(PolicyCounselling)] = (v, _) => Day(v, nameof(PolicyCounselling.CounselledOn)),
        [typeof(ReintegrationLoan)] = (v, _) => Day(v, nameof(ReintegrationLoan.ListedOn)),
        [typeof(LoanEvent)] = (v, _) => Day(v, nameof(LoanEvent.On)),
        [typeof(TrainingSession)] = (v, _) => Day(v, nameof(TrainingSession.HeldOn)),
        [typeof(ReintegrationModel)] = (v, _) => Day(v, nameof(ReintegrationModel.EstablishedOn)),
        [typeof(ExemplaryIndividual)] = (v, _) => Day(v, nameof(ExemplaryIndividual.RecognisedOn)),
        // Alerts handled on time: counted in the month the alert was raised; a step recorded changes the alert itself.
        [typeof(HoaNhap.Domain.Alerts.Alert)] = (v, _) => Day(v, nameof(HoaNhap.Domain.Alerts.Alert.RaisedOn)),
        // The reconciliation of calendar month yyyy-MM counts for the reporting month ending in it.
        [typeof(MonthlyReconciliation)] = (v, _) => v[nameof(MonthlyReconciliation.Month)] is string m && m.Length == 7
            && int.TryParse(m[..4], out var y) && int.TryParse(m[5..], out var mm) && mm is >= 1 and <= 12 ? new DateOnly(y, mm, 1) : DateOnly.MinValue,
        // Current-state figures (wanted notices, overdue work): today. The worklist is written in bulk, and marks itself.
        [typeof(EscalationProposal)] = (_, today) => today,
        [typeof(WorklistItem)] = (_, today) => today,
        // The list of communes (the denominator of communes trained) and the rule parameters (model targets, the reporting
        // months themselves): every month.
        [typeof(Commune)] = (_, _) => DateOnly.MinValue,
        [typeof(RuleParameterValue)] = (_, _) => DateOnly.MinValue,
    };

    static readonly string[] CaseHistory = [nameof(Case.Kind), nameof(Case.StartOn), nameof(Case.EndedOn), nameof(Case.ProvinceCode),
        nameof(Case.CommuneCode), nameof(Case.PersonId)];

    /// <summary>
    /// A case edited: a change of what places it in time or space moves every month since it started (as does a transfer, which
    /// takes it out of the caseload); a change of status only moves today's figures (absconded, wanted); anything else, nothing.
    /// </summary>
    static DateOnly? CaseChange(EntityEntry entry, DateOnly today)
    {
        if (CaseHistory.Any(p => entry.Property(p).IsModified)) return DateOnly.MinValue;
        var status = entry.Property(nameof(Case.Status));
        if (!status.IsModified) return null;
        return Equals(status.OriginalValue, CaseStatus.Transferred) || Equals(status.CurrentValue, CaseStatus.Transferred) ? DateOnly.MinValue : today;
    }

    /// <summary>Rows whose change moves figures in other provinces too: those of every province where the person has a case (re-offending).</summary>
    static bool CrossesProvinces(object entity) => entity is Case or Breach;

    /// <summary>Rows that belong to no province: every province is marked.</summary>
    static bool EveryProvince(object entity) => entity is RuleParameterValue;

    /// <summary>What a save changes for the rollups: the earliest day moved, the provinces, the people whose provinces are moved.</summary>
    public sealed class Changes
    {
        public DateOnly? From { get; private set; }
        public HashSet<string> Provinces { get; } = [];
        public HashSet<Guid> People { get; } = [];
        public bool EveryProvince { get; private set; }
        public bool Any => From is not null;

        public void Note(EntityEntry entry, DateOnly today)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) return;
            if (!Since.TryGetValue(entry.Metadata.ClrType, out var since)) return;
            PropertyValues[] values = entry.State switch
            {
                EntityState.Added => [entry.CurrentValues],
                EntityState.Deleted => [entry.OriginalValues],
                _ => [entry.OriginalValues, entry.CurrentValues],
            };
            DateOnly? caseChange = null;
            if (entry is { Entity: Case, State: EntityState.Modified })
            {
                caseChange = CaseChange(entry, today);
                if (caseChange is null) return;
            }
            foreach (var v in values)
            {
                var day = caseChange == today ? today : since(v, today);
                if (From is null || day < From) From = day;
                if (entry.Entity is IPlaced) Provinces.Add(v[nameof(IPlaced.ProvinceCode)] as string ?? "");
                if (entry.Entity is Commune) Provinces.Add(v[nameof(Commune.ProvinceCode)] as string ?? "");
                if (CrossesProvinces(entry.Entity) && v["PersonId"] is Guid person) People.Add(person);
            }
            if (EveryProvince(entry.Entity)) EveryProvince = true;
        }

        public void Clear()
        {
            From = null;
            Provinces.Clear();
            People.Clear();
            EveryProvince = false;
        }
    }
}

/// <summary>
/// Marks the rollups of a province dirty when a save records something an indicator reads (<see cref="IndicatorInputs"/>):
/// noted before the save, written by one UPDATE right after it, inside the save's transaction — so the mark and the data
/// become visible together, and a recomputation that read the province's version before cannot clear a mark it did not see.
/// One per scope; it is also the context's save interceptor.
/// </summary>
public sealed class RollupMarker : SaveChangesInterceptor
{
    readonly IndicatorInputs.Changes _changes = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        MarkAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        await MarkAsync(eventData.Context, ct);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _changes.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        _changes.Clear();
        return Task.CompletedTask;
    }

    void Note(DbContext? context)
    {
        if (context is not HoaNhapDbContext db) return;
        var today = db.Today;
        foreach (var entry in context.ChangeTracker.Entries()) _changes.Note(entry, today);
    }

    async Task MarkAsync(DbContext? context, CancellationToken ct)
    {
        if (context is not HoaNhapDbContext db || !_changes.Any) return;
        var (from, provinces, people, every) = (_changes.From!.Value, _changes.Provinces.ToList(), _changes.People.ToList(), _changes.EveryProvince);
        _changes.Clear();
        await RollupStates.MarkDirtyAsync(db, from, provinces, people, every, ct);
    }
}
