using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Worklist;

/// <summary>One item as the caller reads it, with the person's name.</summary>
public sealed record WorklistEntry(WorklistKind Kind, Guid PersonId, string PersonName, Guid? CaseId, DateOnly DueOn, string Title, string? Link)
{
    public bool Overdue(DateOnly today) => DueOn < today;
}

/// <summary>How many items of each kind one commune has (the province view).</summary>
public sealed record WorklistCount(string CommuneCode, string CommuneName, WorklistKind Kind, int Count);

/// <summary>
/// Who sees which part of the stored worklist: a commune officer or leader the items of their commune,
/// a supervisor only the items that concern them, a province officer the counts per commune of the province
/// (and a commune's items when drilling down). Court, procuracy, bank and administrators have no worklist (403).
/// </summary>
public static class WorklistQueries
{

    /// <summary>The caller's items; a province officer gets the province's (or one commune's with <paramref name="communeCode"/>).</summary>
    public static async Task<Outcome<List<WorklistEntry>>> ItemsAsync(HoaNhapDbContext db, CurrentUser user, string? communeCode, CancellationToken ct)
    {
        if (!user.May(Act.UseWorklist)) return Outcome<List<WorklistEntry>>.Denied();
        var q = db.Set<WorklistItem>().AsNoTracking();
        if (user.CommuneCode is { } mine)
        {
            q = q.Where(i => i.CommuneCode == mine);
            if (user.Role == Roles.Supervisor) q = q.Where(i => i.SupervisorUserId == user.UserId);
        }
        else
        {
            q = q.Where(i => i.ProvinceCode == user.ProvinceCode);
            if (!string.IsNullOrEmpty(communeCode))
            {
                if (!await db.Communes.AnyAsync(c => c.Code == communeCode && c.ProvinceCode == user.ProvinceCode, ct))
                    return Outcome<List<WorklistEntry>>.Invalid("Commune", "Xã, phường được chọn không thuộc tỉnh, thành phố của bạn.");
                q = q.Where(i => i.CommuneCode == communeCode);
            }
        }
        var list = await q.GroupJoin(db.People, i => i.PersonId, p => p.Id, (i, ps) => new { i, ps })
            .SelectMany(x => x.ps.DefaultIfEmpty(), (x, p) => new { x.i, Name = p == null ? "" : p.FullName })
            .ToListAsync(ct);
        return Outcome<List<WorklistEntry>>.Ok(list
            .Select(x => new WorklistEntry(x.i.Kind, x.i.PersonId, x.Name, x.i.CaseId, x.i.DueOn, x.i.Title, x.i.Link))
            .OrderBy(e => e.Kind).ThenBy(e => e.DueOn).ThenBy(e => e.PersonName).ToList());
    }

    /// <summary>The counts per commune and kind for a province officer (only communes with items).</summary>
    public static async Task<Outcome<List<WorklistCount>>> CountsAsync(HoaNhapDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (user.Role != Roles.ProvinceOfficer) return Outcome<List<WorklistCount>>.Denied();
        var counts = await db.Set<WorklistItem>().AsNoTracking().Where(i => i.ProvinceCode == user.ProvinceCode)
            .GroupBy(i => new { i.CommuneCode, i.Kind }).Select(g => new { g.Key.CommuneCode, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        var codes = counts.Select(c => c.CommuneCode).Distinct().ToList();
        var names = (await db.Communes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync(ct)).ToDictionary(c => c.Code, c => c.FullName);
        return Outcome<List<WorklistCount>>.Ok(counts
            .Select(c => new WorklistCount(c.CommuneCode, c.CommuneCode.Length == 0 ? ProvinceLevel : names.GetValueOrDefault(c.CommuneCode, c.CommuneCode), c.Kind, c.Count))
            .OrderBy(c => c.CommuneName).ThenBy(c => c.Kind).ToList());
    }

    /// <summary>How the province's own items (plans and inspections of the province, not of a commune) are named in the counts.</summary>
    public const string ProvinceLevel = "Cấp tỉnh (kế hoạch, kiểm tra của tỉnh)";

    /// <summary>A province officer's items of the province level itself (no commune): overdue tasks of the province's plans, remedies of the province police.</summary>
    public static async Task<List<WorklistEntry>> ProvinceLevelAsync(HoaNhapDbContext db, CurrentUser user, CancellationToken ct) =>
        user.Role != Roles.ProvinceOfficer ? [] : (await db.Set<WorklistItem>().AsNoTracking()
            .Where(i => i.ProvinceCode == user.ProvinceCode && i.CommuneCode == "").ToListAsync(ct))
            .Select(i => new WorklistEntry(i.Kind, i.PersonId, "", i.CaseId, i.DueOn, i.Title, i.Link))
            .OrderBy(e => e.Kind).ThenBy(e => e.DueOn).ToList();

    /// <summary>The day the stored list was computed for (null before the first run).</summary>
    public static async Task<DateOnly?> ComputedOnAsync(HoaNhapDbContext db, CancellationToken ct) =>
        await db.Set<WorklistItem>().AsNoTracking().MaxAsync(i => (DateOnly?)i.ComputedOn, ct) ?? WorklistJob.LastComputedOn;
}

public sealed record WorklistHomeModel(IReadOnlyList<(WorklistKind Kind, int Count, int Overdue)> Work, int Communes, DateOnly? ComputedOn, string? CommuneCode);

/// <summary>The start page's "Việc cần làm": the user's items by kind, with how many are overdue.</summary>
public sealed class WorklistHomeSection(HoaNhapDbContext db) : Microsoft.AspNetCore.Mvc.ViewComponent
{
    public async Task<Microsoft.AspNetCore.Mvc.IViewComponentResult> InvokeAsync()
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var ct = HttpContext.RequestAborted;
        var computedOn = await WorklistQueries.ComputedOnAsync(db, ct);
        var today = db.Today;
        var items = (await WorklistQueries.ItemsAsync(db, me, null, ct)).Value ?? [];
        var work = items.GroupBy(i => i.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(), g.Count(i => i.Overdue(today)))).ToList();
        var communes = items.Count == 0 ? 0 : await db.Set<WorklistItem>().AsNoTracking()
            .Where(i => i.ProvinceCode == me.ProvinceCode && (me.CommuneCode == null || i.CommuneCode == me.CommuneCode))
            .Select(i => i.CommuneCode).Distinct().CountAsync(ct);
        return View("/Features/Worklist/_WorklistHome.cshtml", new WorklistHomeModel(work, communes, computedOn, me.CommuneCode));
    }
}
