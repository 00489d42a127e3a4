using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Inspections;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Inspections;

/// <summary>
/// An entry of the register: <c>{"kind":"PoliceInspection|ProcuracyRecommendation|FrontSupervision","communeCode","reference","conductedOn","findings"}</c>;
/// communeCode empty for the province level.
/// </summary>
public sealed class InspectionInput
{
    public string? Kind { get; set; }
    public string? CommuneCode { get; set; }
    public string? Reference { get; set; }
    public string? ConductedOn { get; set; }
    public string? Findings { get; set; }
}

/// <summary>A remedy asked for: <c>{"description","dueOn","responsibleUnit"}</c>.</summary>
public sealed class RemedyInput
{
    public string? Description { get; set; }
    public string? DueOn { get; set; }
    public string? ResponsibleUnit { get; set; }
}

/// <summary>A remedy carried out: <c>{"on","result"}</c>.</summary>
public sealed class RemedyDoneInput
{
    public string? On { get; set; }
    public string? Result { get; set; }
}

/// <summary>Closing an entry: <c>{"on"}</c>.</summary>
public sealed class InspectionCloseInput
{
    public string? On { get; set; }
}

public sealed record InspectionRow(Inspection Inspection, string UnitName, int Remedies, int Done, int Overdue);

/// <summary>
/// Who sees the register: the province police and the procuracy of the province see every entry of the province; the commune
/// police and committee the entries about their commune. Another unit's entry: not found. Supervisors, court, bank, bodies,
/// administrators: 403.
/// </summary>
public static class InspectionQueries
{
    public static IQueryable<Inspection> Visible(HoaNhapDbContext db, CurrentUser me)
    {
        var q = db.Set<Inspection>().Where(i => i.ProvinceCode == me.ProvinceCode);
        return me.CommuneCode is { } mine ? q.Where(i => i.CommuneCode == mine) : q;
    }

    public static async Task<Outcome<List<InspectionRow>>> ListAsync(HoaNhapDbContext db, CurrentUser me, string? status, CancellationToken ct)
    {
        if (!me.May(Act.SeeInspections)) return Outcome<List<InspectionRow>>.Denied();
        var q = Visible(db, me).AsNoTracking();
        switch (status)
        {
            case null or "" or "Open": q = q.Where(i => i.Status == InspectionStatus.Open); break;
            case "Closed": q = q.Where(i => i.Status == InspectionStatus.Closed); break;
            case "All": break;
            default: return Outcome<List<InspectionRow>>.Invalid("Status", "Trạng thái phải là Open (đang theo dõi), Closed (đã kết thúc) hoặc All.");
        }
        var list = await q.OrderByDescending(i => i.ConductedOn).ToListAsync(ct);
        var ids = list.Select(i => i.Id).ToList();
        var today = db.Today;
        var counts = (await db.Set<Remedy>().AsNoTracking().Where(r => ids.Contains(r.InspectionId)).GroupBy(r => r.InspectionId)
                .Select(g => new { g.Key, N = g.Count(), Done = g.Count(r => r.DoneOn != null), Overdue = g.Count(r => r.DoneOn == null && r.DueOn < today) })
                .ToListAsync(ct))
            .ToDictionary(x => x.Key);
        var names = await UnitNamesAsync(db, me.ProvinceCode, list.Select(i => i.CommuneCode), ct);
        return Outcome<List<InspectionRow>>.Ok(list.Select(i =>
        {
            var c = counts.GetValueOrDefault(i.Id);
            return new InspectionRow(i, names.GetValueOrDefault(i.CommuneCode, i.CommuneCode), c?.N ?? 0, c?.Done ?? 0, c?.Overdue ?? 0);
        }).ToList());
    }

    public static async Task<Outcome<(InspectionRow Row, List<Remedy> Remedies)>> FindAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct)
    {
        if (!me.May(Act.SeeInspections)) return Outcome<(InspectionRow, List<Remedy>)>.Denied();
        var i = await Visible(db, me).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return Outcome<(InspectionRow, List<Remedy>)>.Missing();
        var remedies = await db.Set<Remedy>().AsNoTracking().Where(r => r.InspectionId == id).OrderBy(r => r.DueOn).ToListAsync(ct);
        var today = db.Today;
        var names = await UnitNamesAsync(db, me.ProvinceCode, [i.CommuneCode], ct);
        return Outcome<(InspectionRow, List<Remedy>)>.Ok((new InspectionRow(i, names.GetValueOrDefault(i.CommuneCode, i.CommuneCode), remedies.Count,
            remedies.Count(r => r.IsDone), remedies.Count(r => r.OverdueOn(today))), remedies));
    }

    /// <summary>The inspected units' names: the commune's, or "Công an tỉnh …" for the province level ("").</summary>
    public static async Task<Dictionary<string, string>> UnitNamesAsync(HoaNhapDbContext db, string province, IEnumerable<string> communes, CancellationToken ct)
    {
        var codes = communes.Distinct().ToList();
        var names = await db.Communes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.FullName, ct);
        if (codes.Contains(""))
            names[""] = "Cấp tỉnh: " + (await db.Provinces.AsNoTracking().Where(p => p.Code == province).Select(p => p.FullName).FirstOrDefaultAsync(ct) ?? province);
        return names;
    }
}

/// <summary>
/// Writing the register; each command is one transaction. The procuracy (role ProcuracyReader) records, follows and closes
/// only its own recommendations (kind ProcuracyRecommendation): anything else is 403.
/// </summary>
public static class InspectionCommands
{
    public static async Task<Outcome<Inspection>> RecordAsync(HoaNhapDbContext db, CurrentUser me, InspectionInput input, CancellationToken ct)
    {
        if (!me.May(Act.RecordInspections)) return Outcome<Inspection>.Denied();
        var errors = new Dictionary<string, string[]>();
        var kind = FormChecks.Choice<InspectionKind>(input.Kind);
        if (kind is null)
            FormChecks.Add(errors, nameof(InspectionInput.Kind), "Hãy chọn loại: PoliceInspection (kiểm tra của Công an tỉnh), ProcuracyRecommendation (kiến nghị của Viện kiểm sát) "
                + "hoặc FrontSupervision (giám sát của Mặt trận Tổ quốc).");
        else if (me.Role == Roles.ProcuracyReader && kind != InspectionKind.ProcuracyRecommendation) return Outcome<Inspection>.Denied();
        var commune = string.IsNullOrWhiteSpace(input.CommuneCode) ? null : input.CommuneCode.Trim();
        if (commune is not null && !await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == me.ProvinceCode, ct))
            FormChecks.Add(errors, nameof(InspectionInput.CommuneCode), "Đơn vị được kiểm tra phải là mã một xã, phường thuộc tỉnh, thành phố của bạn, hoặc để trống (cấp tỉnh).");
        var reference = FormChecks.Required(input.Reference, nameof(InspectionInput.Reference), "Số văn bản (kết luận, kiến nghị)", 50, errors);
        var on = FormChecks.Past(db.Today, errors, nameof(InspectionInput.ConductedOn), "Ngày kiểm tra, kiến nghị", input.ConductedOn);
        var findings = FormChecks.Required(input.Findings, nameof(InspectionInput.Findings), "Nội dung phát hiện, kết luận", 4000, errors);
        if (errors.Count > 0) return Outcome<Inspection>.Invalid(errors);
        var inspection = Inspection.Record(kind!.Value, me.ProvinceCode, commune, reference!, on!.Value, findings!, me.FullName, db.Clock.GetUtcNow());
        db.Add(inspection);
        await db.SaveChangesAsync(ct);
        return Outcome<Inspection>.Ok(inspection);
    }

    /// <summary>The entry found in scope and the caller allowed to write it (the procuracy: its own recommendations only).</summary>
    static async Task<Outcome<Inspection>> WritableAsync(HoaNhapDbContext db, CurrentUser me, Guid id, Act act, CancellationToken ct)
    {
        if (!me.May(Act.SeeInspections)) return Outcome<Inspection>.Denied();
        var i = await InspectionQueries.Visible(db, me).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return Outcome<Inspection>.Missing();
        if (!me.May(act) || me.Role == Roles.ProcuracyReader && i.Kind != InspectionKind.ProcuracyRecommendation) return Outcome<Inspection>.Denied();
        return Outcome<Inspection>.Ok(i);
    }

    public static async Task<Outcome<Remedy>> RequireAsync(HoaNhapDbContext db, CurrentUser me, Guid id, RemedyInput input, CancellationToken ct)
    {
        var found = await WritableAsync(db, me, id, Act.RecordInspections, ct);
        if (!found.Succeeded) return Carry<Remedy>(found);
        var errors = new Dictionary<string, string[]>();
        var description = FormChecks.Required(input.Description, nameof(RemedyInput.Description), "Biện pháp khắc phục", 2000, errors);
        var due = FormChecks.Date(errors, nameof(RemedyInput.DueOn), "Hạn khắc phục", input.DueOn);
        var unit = FormChecks.Required(input.ResponsibleUnit, nameof(RemedyInput.ResponsibleUnit), "Đơn vị chịu trách nhiệm", 200, errors);
        if (errors.Count > 0) return Outcome<Remedy>.Invalid(errors);
        var (remedy, refusal) = found.Value!.Require(description!, due!.Value, unit!);
        if (refusal is not null) return Outcome<Remedy>.Refused(refusal.StartsWith("Hạn", StringComparison.Ordinal) ? nameof(RemedyInput.DueOn) : "", refusal);
        db.Add(remedy!);
        await db.SaveChangesAsync(ct);
        return Outcome<Remedy>.Ok(remedy!);
    }

    /// <summary>A remedy carried out: the inspected unit's police (or the province police); it leaves the worklist at once.</summary>
    public static async Task<Outcome<Remedy>> DoneAsync(HoaNhapDbContext db, CurrentUser me, Guid id, Guid remedyId, RemedyDoneInput input, CancellationToken ct)
    {
        if (!me.May(Act.SeeInspections)) return Outcome<Remedy>.Denied();
        var i = await InspectionQueries.Visible(db, me).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        var remedy = i is null ? null : await db.Set<Remedy>().FirstOrDefaultAsync(r => r.Id == remedyId && r.InspectionId == id, ct);
        if (i is null || remedy is null) return Outcome<Remedy>.Missing();
        var procuracyOwn = me.Role == Roles.ProcuracyReader && i.Kind == InspectionKind.ProcuracyRecommendation;
        if (!me.May(Act.FollowUpRemedies) && !procuracyOwn) return Outcome<Remedy>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(RemedyDoneInput.On), "Ngày khắc phục", input.On);
        var result = FormChecks.Required(input.Result, nameof(RemedyDoneInput.Result), "Kết quả khắc phục", 2000, errors);
        if (errors.Count > 0) return Outcome<Remedy>.Invalid(errors);
        if (remedy.MarkDone(on!.Value, result!, i.ConductedOn, me.FullName) is { } refusal)
            return Outcome<Remedy>.Refused(refusal.StartsWith("Ngày", StringComparison.Ordinal) ? nameof(RemedyDoneInput.On) : "", refusal);
        var link = RemedyWorklistSource.LinkOf(remedy);
        db.RemoveRange(await db.Set<WorklistItem>().Where(w => w.Kind == WorklistKind.RemedyOverdue && w.Link == link).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return Outcome<Remedy>.Ok(remedy);
    }

    public static async Task<Outcome<Inspection>> CloseAsync(HoaNhapDbContext db, CurrentUser me, Guid id, InspectionCloseInput input, CancellationToken ct)
    {
        var found = await WritableAsync(db, me, id, Act.RecordInspections, ct);
        if (!found.Succeeded) return found;
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(InspectionCloseInput.On), "Ngày kết thúc", input.On);
        if (errors.Count > 0) return Outcome<Inspection>.Invalid(errors);
        var remedies = await db.Set<Remedy>().AsNoTracking().Where(r => r.InspectionId == id).ToListAsync(ct);
        if (found.Value!.Close(on!.Value, remedies, me.FullName) is { } refusal)
            return Outcome<Inspection>.Refused(refusal.StartsWith("Ngày", StringComparison.Ordinal) ? nameof(InspectionCloseInput.On) : "", refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<Inspection>.Ok(found.Value);
    }

    static Outcome<T> Carry<T>(Outcome<Inspection> o) => o.NotFound ? Outcome<T>.Missing() : o.Forbidden ? Outcome<T>.Denied() : Outcome<T>.Invalid(o.Errors);
}
