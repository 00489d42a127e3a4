using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reconciliation;

public sealed record ReconciliationView(MonthlyReconciliation Reconciliation, IReadOnlyList<ReconciliationRow> Rows, RowPart? Part, int Page, int PageCount,
    IReadOnlyDictionary<string, string> CommuneNames);

public static class ReconciliationQueries
{
    public const int PageSize = 100;

    /// <summary>Every month of the user's province, newest first: the history and the months still open.</summary>
    public static async Task<Outcome<List<MonthlyReconciliation>>> ListAsync(HoaNhapDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!user.May(Act.SeeReconciliation)) return Outcome<List<MonthlyReconciliation>>.Denied();
        var list = await db.Set<MonthlyReconciliation>().AsNoTracking().Visible(user).ToListAsync(ct);
        return Outcome<List<MonthlyReconciliation>>.Ok(list.OrderByDescending(r => r.Month).ThenByDescending(r => r.CreatedAt).ToList());
    }

    public static Task<MonthlyReconciliation?> FindAsync(HoaNhapDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        db.Set<MonthlyReconciliation>().AsNoTracking().Visible(user).FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>
    /// The result page: without a part, the discrepancies first (all of them, a page at a time) and the
    /// matched rows after; with a part, that part only. The view is recorded in the audit log (the rows name people).
    /// </summary>
    public static async Task<Outcome<ReconciliationView>> ViewAsync(HoaNhapDbContext db, CurrentUser user, Guid id, RowPart? part, int page,
        CancellationToken ct)
    {
        var r = await FindAsync(db, user, id, ct);
        if (r is null) return Outcome<ReconciliationView>.Missing();
        var rows = db.Set<ReconciliationRow>().AsNoTracking().Where(x => x.ReconciliationId == id);
        if (part is { } p) rows = rows.Where(x => x.Part == p);
        var total = await rows.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var list = await rows.OrderBy(x => x.Part == RowPart.Matched).ThenBy(x => x.RowNumber == null).ThenBy(x => x.RowNumber).ThenBy(x => x.JudgmentNumber)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var codes = list.Select(x => x.CommuneCode).Where(c => c.Length > 0).Distinct().ToList();
        var communes = await db.Communes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync(ct);
        return Outcome<ReconciliationView>.Ok(new ReconciliationView(r, list, part, page, pageCount, communes.ToDictionary(c => c.Code, c => c.FullName)));
    }

    /// <summary>Every row of the result (for the API), recorded in the audit log.</summary>
    public static async Task<Outcome<(MonthlyReconciliation Reconciliation, List<ReconciliationRow> Rows)>> ResultAsync(HoaNhapDbContext db,
        CurrentUser user, Guid id, CancellationToken ct)
    {
        var r = await FindAsync(db, user, id, ct);
        if (r is null) return Outcome<(MonthlyReconciliation, List<ReconciliationRow>)>.Missing();
        var rows = r.Status is ReconciliationStatus.Done or ReconciliationStatus.SignedOff
            ? await db.Set<ReconciliationRow>().AsNoTracking().Where(x => x.ReconciliationId == id).OrderBy(x => x.RowNumber).ToListAsync(ct)
            : [];
        return Outcome<(MonthlyReconciliation, List<ReconciliationRow>)>.Ok((r, rows));
    }

    public static async Task<(MonthlyReconciliation? Reconciliation, ReconciliationRow? Row)> RowAsync(HoaNhapDbContext db, CurrentUser user, Guid rowId,
        CancellationToken ct)
    {
        var row = await db.Set<ReconciliationRow>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == rowId, ct);
        if (row is null) return (null, null);
        var r = await FindAsync(db, user, row.ReconciliationId, ct);
        return r is null ? (null, null) : (r, row);
    }
}
