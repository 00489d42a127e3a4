using HoaNhap.Data;
using HoaNhap.Domain;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HoaNhap.Web.Features.Worklist;

/// <summary>
/// Keeps the worklist current as events arrive: every save that adds, changes or removes a record about a person
/// (a check-in, a self-report, a breach, a case, an absence…) notes the person, and before the response of that
/// request is sent their items are computed again by every <see cref="IWorklistSource"/> and replaced — so an item
/// appears or goes when the event that causes it is recorded, not at the nightly run (which only reconciles, and adds
/// what became due because a date passed). One per request scope; it is also the context's save interceptor.
/// A failure is logged and left to the nightly run; it never fails the request that recorded the event.
/// </summary>
public sealed class WorklistUpdates(IServiceScopeFactory scopes, ILogger<WorklistUpdates> log) : SaveChangesInterceptor
{
    readonly HashSet<Guid> _people = [];

    /// <summary>People whose items must be computed again (the request has recorded something about them).</summary>
    public IReadOnlyCollection<Guid> Pending => _people;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    void Note(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (entry.Entity is WorklistItem or EligibilityForecast or ReconciliationRow or AuditEntry) continue;
            if (entry.Entity is Person p) _people.Add(p.Id);
            else if (entry.Entity is IPlaced && entry.Metadata.FindProperty("PersonId") is { ClrType: var t } && t == typeof(Guid)
                && entry.Property("PersonId").CurrentValue is Guid id && id != Guid.Empty)
                _people.Add(id);
        }
    }

    /// <summary>Computes the noted people's items again and replaces theirs (each person in one transaction).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_people.Count == 0) return;
        var people = _people.ToList();
        _people.Clear();
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            foreach (var person in people)
                await RefreshAsync(scope.ServiceProvider, db, person, db.Today, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Không cập nhật được danh sách việc cần làm cho {Count} người; lần tính hằng đêm sẽ cập nhật.", people.Count);
        }
    }

    /// <summary>Replaces one person's items by what the sources say now.</summary>
    public static async Task RefreshAsync(IServiceProvider services, HoaNhapDbContext db, Guid person, DateOnly today, CancellationToken ct)
    {
        var items = await WorklistJob.CollectAsync(services, db, today, WorklistScope.ForPerson(person), ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<WorklistItem>().Where(i => i.PersonId == person).ExecuteDeleteAsync(ct);
        await BulkInsert.InsertAsync(db, items, ct);
        // Missed check-ins, overdue self-reports and late returns the sources just detected are alerts (once each).
        await HoaNhap.Web.Shared.Alerts.AlertRaising.FromWorklistAsync(db, items, today, ct);
        // Overdue work is a dashboard figure; the bulk write passes no save interceptor, so the rollups are marked here.
        await HoaNhap.Data.Rollups.RollupStates.MarkDirtyAsync(db, today, items.Select(i => i.ProvinceCode).ToList(), [person], false, ct);
        await tx.CommitAsync(ct);
    }
}

/// <summary>The worklist computed again for some people, outside a request (<see cref="IWorklistRefresh"/>); each person in one transaction.</summary>
public sealed class WorklistRefresh(IServiceScopeFactory scopes) : IWorklistRefresh
{
    public async Task RefreshAsync(IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        if (people.Count == 0) return;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        foreach (var person in people)
            await WorklistUpdates.RefreshAsync(scope.ServiceProvider, db, person, db.Today, ct);
    }
}
