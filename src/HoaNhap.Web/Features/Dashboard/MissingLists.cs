using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Dashboard;

/// <summary>What the rows of a "not yet meeting the target" list are.</summary>
public enum MissingKind
{
    /// <summary>The indicator has no such list (a count, or a rate that must stay low).</summary>
    None,
    /// <summary>People (their reintegration case) in the denominator and not in the numerator.</summary>
    People,
    /// <summary>Communes in the denominator and not in the numerator.</summary>
    Communes,
    /// <summary>Worklist items past their due date (the target is none).</summary>
    WorkItems,
    /// <summary>The month's reconciliation lists not yet settled (province level).</summary>
    Lists,
    /// <summary>Alerts of the period handled late, or whose next step is past its due day.</summary>
    Alerts,
}

/// <summary>What "not yet meeting the target" means for one indicator, in the words the page shows.</summary>
public sealed record MissingDefinition(MissingKind Kind, string Title, string Meaning)
{
    public bool HasList => Kind != MissingKind.None;
    /// <summary>"người", "xã, phường", "việc", "danh sách": what a row is, for the counts the pages write.</summary>
    public string Unit => Kind switch
    {
        MissingKind.People => "người",
        MissingKind.Communes => "xã, phường",
        MissingKind.WorkItems => "việc",
        MissingKind.Lists => "danh sách",
        MissingKind.Alerts => "cảnh báo",
        _ => "",
    };
}

/// <summary>
/// One row of the list: who or what does not meet the target yet, why, and the one action that closes it (a link to the page that
/// records the missing thing; null when the caller's role may not record it, the reason then says who does).
/// </summary>
public sealed record MissingRow(string ProvinceCode, string CommuneCode, string CommuneName, Guid? PersonId, Guid? CaseId, Guid? RecordId,
    string Name, string Reason, string Action, string? ActionPath);

/// <summary>One page of the list of an indicator for an area and a reporting month; <see cref="Total"/> counts every page.</summary>
public sealed record MissingList(Indicator Indicator, MissingDefinition Definition, Area Area, ReportingWindow Month, IndicatorPeriod Period,
    IReadOnlyList<MissingRow> Rows, int Total, int Page, int PageCount);

/// <summary>
/// Issue 19, part 5: beside the people counted by an indicator, the people and communes <b>not yet</b> meeting its target, each
/// with the one action that closes it. For a rate that must reach its target the list is, by construction, the rows of the
/// denominator (<see cref="Indicator.Base"/>) that are not in the numerator (<see cref="Indicator.Counted"/>), read with the same
/// queries, period and area as the figure: numerator + list = denominator. Overdue work (target: none) lists the overdue items
/// themselves; the month's reconciliation lists the lists received and not yet settled. Counts and rates that must stay low
/// have no such list and say why (<see cref="NoListReason"/>).
/// Who may read it: those who may read the people behind a figure (<see cref="Act.ListDashboardPeople"/>), within their area.
/// </summary>
public static class MissingLists
{
    public const int PageSize = 50;
    const string PoliceRecord = "Việc ghi nhận do Công an xã thực hiện.";

    static readonly Dictionary<string, MissingDefinition> Definitions = new()
    {
        [Indicators.CounsellingCoverage] = new(MissingKind.People, "Người chưa được tư vấn chính sách",
            "Người chấp hành xong án phạt tù được quản lý trong kỳ (mẫu số) chưa có lần tư vấn chính sách nào được ghi nhận đến ngày cuối kỳ."),
        [Indicators.ListedToBank] = new(MissingKind.People, "Người có nhu cầu vay vốn chưa được lập danh sách gửi ngân hàng",
            "Người được quản lý trong kỳ đã được tư vấn và có nhu cầu vay vốn (mẫu số) nhưng chưa có tên trong danh sách vay vốn cá nhân của xã gửi Ngân hàng Chính sách xã hội đến ngày cuối kỳ. "
            + "Điều kiện vay theo Quyết định 22/2023/QĐ-TTg được kiểm tra khi đưa vào danh sách."),
        [Indicators.CommunesTrained] = new(MissingKind.Communes, "Xã, phường chưa được tập huấn",
            "Xã, phường chưa có buổi tập huấn nào ghi trong sổ theo dõi tập huấn trong kỳ tính (12 kỳ báo cáo tháng gần nhất)."),
        [Indicators.ModelCommunes] = new(MissingKind.Communes, "Xã thuộc diện chưa có đủ mô hình và cá nhân điển hình",
            "Xã có số người chấp hành xong án phạt tù được quản lý trong kỳ từ mức của tham số ModelCoverage.ReturneeThreshold trở lên (mẫu số) "
            + "nhưng chưa có đủ mô hình tái hòa nhập đang hoạt động vào ngày cuối kỳ hoặc chưa có đủ cá nhân điển hình được công nhận đến ngày đó."),
        [Indicators.OverdueWork] = new(MissingKind.WorkItems, "Việc đã quá hạn",
            "Chỉ tiêu là không có việc quá hạn: mỗi việc trong danh sách việc cần làm có hạn trước hôm nay là một việc chưa đạt."),
        [Indicators.AlertsOnTime] = new(MissingKind.Alerts, "Cảnh báo chưa được xử lý đúng hạn",
            "Cảnh báo phát sinh trong kỳ (mẫu số) đã có một bước ghi muộn hơn hạn, hoặc bước đang chờ (xác minh, xử lý, theo dõi kết quả) đã quá hạn mà chưa ghi."),
        [Indicators.Reconciliation] = new(MissingKind.Lists, "Danh sách đối soát của tháng chưa hoàn tất",
            "Danh sách của Tòa án, Viện kiểm sát đã nhận trong tháng (mẫu số) nhưng chưa được ký xác nhận hoặc chưa được cả Tòa án, Viện kiểm sát đồng ý."),
    };

    /// <summary>Why an indicator without a list has none (every indicator has either a definition or a reason).</summary>
    public static string NoListReason(Indicator i) => i.Direction switch
    {
        TargetDirection.Below =>
            "Chỉ tiêu này là tỷ lệ phải giữ dưới mức đặt ra: người được tính là người đã vi phạm, không phải người còn thiếu một việc, nên không có danh sách “chưa đạt”. "
            + "Danh sách người được tính xem ở mục danh sách người của chỉ tiêu; việc phòng ngừa theo dõi ở trang Cảnh báo và mức quản lý của từng hồ sơ.",
        _ when !i.HasData => "Chỉ tiêu này chưa có dữ liệu nên chưa có danh sách “chưa đạt”.",
        _ => "Chỉ tiêu này là số đếm, không đặt mức phải đạt, nên không có danh sách “chưa đạt”. Danh sách người được tính xem ở mục danh sách người của chỉ tiêu.",
    };

    /// <summary>How many rows the list of a figure has: the denominator less the numerator (overdue work: the numerator); null without a list.</summary>
    public static long? OpenCount(Figure f)
    {
        if (!f.Indicator.HasData) return null;
        return For(f.Indicator).Kind switch
        {
            MissingKind.None => null,
            MissingKind.WorkItems => f.Numerator,
            _ => f.Denominator - f.Numerator,
        };
    }

    public static MissingDefinition For(Indicator i) =>
        Definitions.TryGetValue(i.Key, out var d) && i.HasData ? d : new(MissingKind.None, "Không có danh sách chưa đạt", NoListReason(i));

    /// <summary>The user's query, checked: a reporting month "yyyy-MM" (or none) and a page from 1.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(string? month, string? page, out int pageNumber)
    {
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(month) && !IsMonth(month.Trim()))
            errors["month"] = ["Kỳ báo cáo (month) phải có dạng năm-tháng yyyy-MM, ví dụ 2026-11."];
        pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
            errors["page"] = ["Trang (page) phải là số nguyên từ 1 trở lên."];
        return errors;
    }

    static bool IsMonth(string m) =>
        m.Length == 7 && m[4] == '-' && int.TryParse(m[..4], out var y) && int.TryParse(m[5..], out var n) && n is >= 1 and <= 12 && y is > 2000 and < 2200;

    /// <summary>The list of an indicator, one page of it, in the area asked for within the caller's scope (outside: not found).</summary>
    public static async Task<Outcome<MissingList>> ListAsync(HoaNhapDbContext db, RuleBook rules, UnitNames names, CurrentUser me, string key,
        string? province, string? commune, string? month, string? page, CancellationToken ct)
    {
        if (!me.May(Act.ListDashboardPeople)) return Outcome<MissingList>.Denied();
        var errors = Check(month, page, out var number);
        if (errors.Count > 0) return Outcome<MissingList>.Invalid(errors);
        var area = await IndicatorQueries.AreaAsync(db, me, province, commune, ct);
        if (!area.Succeeded) return area.NotFound ? Outcome<MissingList>.Missing() : Outcome<MissingList>.Denied();
        if (Indicators.Find(key) is not { } indicator) return Outcome<MissingList>.Missing();
        var today = db.Today;
        var window = IndicatorQueries.MonthOf(month?.Trim(), today, await IndicatorQueries.StartDayAsync(rules, today, ct));
        var period = IndicatorQueries.PeriodFor(indicator, window, today);
        var definition = For(indicator);
        var a = area.Value!;
        var (total, rows) = definition.Kind switch
        {
            MissingKind.People => await PeopleAsync(db, indicator, period, a, number, ct),
            MissingKind.Communes => await CommunesAsync(db, rules, names, indicator, period, a, number, ct),
            MissingKind.WorkItems => await WorkAsync(db, period, a, number, ct),
            MissingKind.Lists => await ListsAsync(db, me, names, period, a, number, ct),
            MissingKind.Alerts => await AlertsAsync(db, me, period, a, number, ct),
            _ => (0, new List<MissingRow>()),
        };
        // The counselling, the bank list and the model register are the police's to record; a commune leader reads what is missing.
        if (!me.EditsRegistry && (definition.Kind == MissingKind.People || indicator.Key == Indicators.ModelCommunes))
            rows = rows.Select(r => r.ActionPath is not null && !r.ActionPath.StartsWith("/Communes/", StringComparison.Ordinal)
                ? r with { ActionPath = null, Reason = r.Reason + " " + PoliceRecord } : r).ToList();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        return Outcome<MissingList>.Ok(new MissingList(indicator, definition, a, window, period, rows, total, Math.Clamp(number, 1, pageCount), pageCount));
    }

    /// <summary>The page asked for, clamped to the pages there are.</summary>
    static int Skip(int total, int page) => (Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize)) - 1) * PageSize;

    /// <summary>The denominator's cases that are not in the numerator (same queries, period and area as the figure).</summary>
    static IQueryable<IndicatorRow> PeopleMissing(HoaNhapDbContext db, Indicator i, IndicatorPeriod p, Area area)
    {
        var counted = i.Counted!(db, p);
        return IndicatorQueries.In(i.Base!(db, p), i, area).Where(b => !counted.Any(c => c.CaseId == b.CaseId));
    }

    static async Task<(int, List<MissingRow>)> PeopleAsync(HoaNhapDbContext db, Indicator i, IndicatorPeriod p, Area area, int page, CancellationToken ct)
    {
        var missing = PeopleMissing(db, i, p, area);
        var total = await missing.CountAsync(ct);
        var found = await missing
            .Join(db.Cases, r => r.CaseId, c => (Guid?)c.Id, (r, c) => new { r.ProvinceCode, r.CommuneCode, CaseId = c.Id, c.PersonId, c.StartOn })
            .Join(db.People, x => x.PersonId, x => x.Id, (x, person) => new { x.ProvinceCode, x.CommuneCode, x.CaseId, x.PersonId, x.StartOn, person.FullName })
            .OrderBy(x => x.CommuneCode).ThenBy(x => x.FullName).ThenBy(x => x.CaseId)
            .Skip(Skip(total, page)).Take(PageSize).ToListAsync(ct);
        var ids = found.Select(x => x.CaseId).ToList();
        var communes = await CommuneNamesAsync(db, found.Select(x => x.CommuneCode), ct);
        if (i.Key == Indicators.ListedToBank)
        {
            // The last counselling that recorded the wish to borrow, by the last day of the period.
            var wished = (await db.Set<PolicyCounselling>().AsNoTracking()
                    .Where(x => ids.Contains(x.CaseId) && x.WantsLoan && x.CounselledOn <= p.To)
                    .Select(x => new { x.CaseId, x.CounselledOn }).ToListAsync(ct))
                .GroupBy(x => x.CaseId).ToDictionary(g => g.Key, g => g.Max(x => x.CounselledOn));
            return (total, found.Select(x => new MissingRow(x.ProvinceCode, x.CommuneCode, communes.GetValueOrDefault(x.CommuneCode, x.CommuneCode), x.PersonId, x.CaseId, null,
                x.FullName,
                wished.TryGetValue(x.CaseId, out var on)
                    ? $"Có nhu cầu vay vốn (tư vấn ngày {Display.Date(on)}), chưa có tên trong danh sách gửi Ngân hàng Chính sách xã hội."
                    : "Có nhu cầu vay vốn, chưa có tên trong danh sách gửi Ngân hàng Chính sách xã hội.",
                "Đưa vào danh sách vay vốn", $"/Loans/Propose/{x.CaseId}")).ToList());
        }
        return (total, found.Select(x => new MissingRow(x.ProvinceCode, x.CommuneCode, communes.GetValueOrDefault(x.CommuneCode, x.CommuneCode), x.PersonId, x.CaseId, null,
            x.FullName, $"Được quản lý từ ngày {Display.Date(x.StartOn)}, chưa được tư vấn chính sách (vay vốn, việc làm, học nghề).",
            "Ghi nhận tư vấn chính sách", $"/Loans/Counselling/{x.CaseId}")).ToList());
    }

    static async Task<Dictionary<string, string>> CommuneNamesAsync(HoaNhapDbContext db, IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return (await db.Communes.AsNoTracking().Where(c => list.Contains(c.Code)).ToListAsync(ct)).ToDictionary(c => c.Code, c => c.FullName);
    }

    static async Task<(int, List<MissingRow>)> CommunesAsync(HoaNhapDbContext db, RuleBook rules, UnitNames names, Indicator i, IndicatorPeriod p, Area area,
        int page, CancellationToken ct)
    {
        var counted = i.Counted!(db, p);
        var missing = IndicatorQueries.In(i.Base!(db, p), i, area)
            .Where(b => !counted.Any(c => c.ProvinceCode == b.ProvinceCode && c.CommuneCode == b.CommuneCode));
        var total = await missing.CountAsync(ct);
        var found = await missing.OrderBy(r => r.ProvinceCode).ThenBy(r => r.CommuneCode).Skip(Skip(total, page)).Take(PageSize)
            .Select(r => new { r.ProvinceCode, r.CommuneCode }).ToListAsync(ct);
        var codes = found.Select(x => x.CommuneCode).ToList();
        string Name(string code) => names.Of(code);
        if (i.Key == Indicators.CommunesTrained)
        {
            var last = (await db.Set<TrainingSession>().AsNoTracking().Where(t => codes.Contains(t.CommuneCode) && t.HeldOn < p.From)
                    .Select(t => new { t.CommuneCode, t.HeldOn }).ToListAsync(ct))
                .GroupBy(t => t.CommuneCode).ToDictionary(g => g.Key, g => g.Max(t => t.HeldOn));
            return (total, found.Select(x => new MissingRow(x.ProvinceCode, x.CommuneCode, Name(x.CommuneCode), null, null, null, Name(x.CommuneCode),
                $"Chưa có buổi tập huấn nào từ ngày {Display.Date(p.From)} đến ngày {Display.Date(p.To)}"
                    + (last.TryGetValue(x.CommuneCode, out var on) ? $"; lần gần nhất ngày {Display.Date(on)}." : "; chưa từng được tập huấn."),
                "Ghi nhận buổi tập huấn", $"/Programmes/TrainingCreate?commune={x.CommuneCode}")).ToList());
        }

        // The model target: what the commune has, assessed by the rule the commune page uses (ModelCoverage), for the period.
        var returnees = await db.Cases.AsNoTracking().Where(k => codes.Contains(k.CommuneCode) && k.Kind == CaseKind.Reintegration
                && k.StartOn <= p.To && (k.EndedOn == null || k.EndedOn >= p.From))
            .GroupBy(k => k.CommuneCode).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var models = await db.Set<ReintegrationModel>().AsNoTracking().Where(m => codes.Contains(m.CommuneCode) && m.EstablishedOn <= p.To
                && (m.StoppedOn == null || m.StoppedOn > p.To))
            .GroupBy(m => m.CommuneCode).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var exemplary = (await db.Set<ExemplaryIndividual>().AsNoTracking().Where(x => codes.Contains(x.CommuneCode) && x.RecognisedOn <= p.To)
                .Select(x => new { x.CommuneCode, x.PersonId }).Distinct().ToListAsync(ct))
            .GroupBy(x => x.CommuneCode).ToDictionary(g => g.Key, g => g.Count());
        var parameters = await rules.ParametersAsync(ct);
        return (total, found.Select(x =>
        {
            var result = ModelCoverage.Assess(new ModelCoverageInput(returnees.GetValueOrDefault(x.CommuneCode), models.GetValueOrDefault(x.CommuneCode),
                exemplary.GetValueOrDefault(x.CommuneCode)), parameters, p.To);
            var reason = $"{returnees.GetValueOrDefault(x.CommuneCode)} người chấp hành xong án phạt tù được quản lý trong kỳ. {string.Join(" ", result.Missing)}";
            // One action: a model first (the commune registers it); then the exemplary individual, recorded on a returnee's file from the commune's page.
            return result.MissingModels > 0
                ? new MissingRow(x.ProvinceCode, x.CommuneCode, Name(x.CommuneCode), null, null, null, Name(x.CommuneCode), reason,
                    "Đăng ký mô hình", $"/ReintegrationModels/Edit?commune={x.CommuneCode}")
                : new MissingRow(x.ProvinceCode, x.CommuneCode, Name(x.CommuneCode), null, null, null, Name(x.CommuneCode), reason,
                    "Ghi nhận cá nhân điển hình", $"/Communes/{x.CommuneCode}");
        }).ToList());
    }

    static async Task<(int, List<MissingRow>)> WorkAsync(HoaNhapDbContext db, IndicatorPeriod p, Area area, int page, CancellationToken ct)
    {
        // The indicator's own rows (WorklistItem due before today), in the area, with the item they come from.
        var items = db.Set<WorklistItem>().AsNoTracking().Where(w => w.DueOn < p.Today);
        if (area.ProvinceCode is { } pc) items = items.Where(w => w.ProvinceCode == pc);
        if (area.CommuneCode is { } cc) items = items.Where(w => w.CommuneCode == cc);
        var total = await items.CountAsync(ct);
        var found = await items.OrderBy(w => w.DueOn).ThenBy(w => w.CommuneCode).ThenBy(w => w.Id).Skip(Skip(total, page)).Take(PageSize)
            .Join(db.People, w => w.PersonId, x => x.Id, (w, x) => new { w, x.FullName })
            .ToListAsync(ct);
        // The join keeps the order of the page's rows only per provider; put it back.
        found = found.OrderBy(x => x.w.DueOn).ThenBy(x => x.w.CommuneCode).ThenBy(x => x.w.Id).ToList();
        var communes = await CommuneNamesAsync(db, found.Select(x => x.w.CommuneCode), ct);
        return (total, found.Select(x => new MissingRow(x.w.ProvinceCode, x.w.CommuneCode, communes.GetValueOrDefault(x.w.CommuneCode, x.w.CommuneCode),
            x.w.PersonId, x.w.CaseId, x.w.Id, x.FullName,
            $"{x.w.Title} — hạn ngày {Display.Date(x.w.DueOn)}, đã quá {p.Today.DayNumber - x.w.DueOn.DayNumber} ngày.",
            "Làm việc này", x.w.Link ?? (x.w.CaseId is { } c ? $"/Cases/Details/{c}" : "/Worklist"))).ToList());
    }

    static async Task<(int, List<MissingRow>)> AlertsAsync(HoaNhapDbContext db, CurrentUser me, IndicatorPeriod p, Area area, int page, CancellationToken ct)
    {
        // The indicator's denominator (alerts raised in the period) less its numerator (never late, and closed or still within the
        // due day of the step awaited): numerator + list = denominator.
        var alerts = db.Set<HoaNhap.Domain.Alerts.Alert>().AsNoTracking().Where(a => a.RaisedOn >= p.From && a.RaisedOn <= p.To
            && !(!a.Late && (a.Status == HoaNhap.Domain.Alerts.AlertStatus.Closed || a.DueOn >= p.Today)));
        if (area.ProvinceCode is { } pc) alerts = alerts.Where(a => a.ProvinceCode == pc);
        if (area.CommuneCode is { } cc) alerts = alerts.Where(a => a.CommuneCode == cc);
        var total = await alerts.CountAsync(ct);
        var found = (await alerts.OrderBy(a => a.RaisedOn).ThenBy(a => a.CommuneCode).ThenBy(a => a.Id).Skip(Skip(total, page)).Take(PageSize)
            .Join(db.People, a => a.PersonId, x => x.Id, (a, x) => new { a, x.FullName }).ToListAsync(ct))
            .OrderBy(x => x.a.RaisedOn).ThenBy(x => x.a.CommuneCode).ThenBy(x => x.a.Id).ToList();
        var communes = await CommuneNamesAsync(db, found.Select(x => x.a.CommuneCode), ct);
        var handles = me.May(Act.HandleAlerts);
        return (total, found.Select(x => new MissingRow(x.a.ProvinceCode, x.a.CommuneCode, communes.GetValueOrDefault(x.a.CommuneCode, x.a.CommuneCode),
            x.a.PersonId, x.a.CaseId, x.a.Id, x.FullName,
            $"{x.a.Title} — phát sinh ngày {Display.Date(x.a.RaisedOn)}, "
                + (x.a.Late ? "đã có bước ghi muộn hơn hạn." : $"bước đang chờ quá hạn từ ngày {(x.a.DueOn is { } d ? Display.Date(d) : "")}."),
            "Ghi bước xử lý cảnh báo", handles ? $"/Alerts/{x.a.Id}" : null)).ToList());
    }

    static async Task<(int, List<MissingRow>)> ListsAsync(HoaNhapDbContext db, CurrentUser me, UnitNames names, IndicatorPeriod p, Area area, int page, CancellationToken ct)
    {
        // The indicator's denominator (lists of the month not failed) less its numerator (signed off and agreed by both).
        var lists = db.Set<MonthlyReconciliation>().AsNoTracking().Where(r => r.Month == p.Month && r.Status != ReconciliationStatus.Failed
            && !(r.Status == ReconciliationStatus.SignedOff && r.CourtAgreedAt != null && r.ProcuracyAgreedAt != null));
        if (area.ProvinceCode is { } pc) lists = lists.Where(r => r.ProvinceCode == pc);
        var total = await lists.CountAsync(ct);
        var found = await lists.OrderBy(r => r.ProvinceCode).ThenBy(r => r.Source).ThenBy(r => r.Id).Skip(Skip(total, page)).Take(PageSize).ToListAsync(ct);
        var runs = me.May(Act.SeeReconciliation);
        return (total, found.Select(r => new MissingRow(r.ProvinceCode, "", names.Of(r.ProvinceCode), null, null, r.Id,
            $"Danh sách của {(r.Source == ListSource.Court ? "Tòa án" : "Viện kiểm sát")} tháng {r.Month} ({r.FileName})",
            r.Status switch
            {
                ReconciliationStatus.Uploaded or ReconciliationStatus.Running => "Đang đối chiếu với sổ theo dõi.",
                ReconciliationStatus.Done when r.UnresolvedCount > 0 => $"Còn {r.UnresolvedCount} chênh lệch chưa xử lý, chưa ký xác nhận.",
                ReconciliationStatus.Done => "Đã đối chiếu xong, chưa ký xác nhận.",
                _ => (r.CourtAgreedAt, r.ProcuracyAgreedAt) switch
                {
                    (null, null) => "Đã ký xác nhận; Tòa án và Viện kiểm sát chưa đồng ý.",
                    (null, _) => "Đã ký xác nhận; Tòa án chưa đồng ý.",
                    _ => "Đã ký xác nhận; Viện kiểm sát chưa đồng ý.",
                },
            } + (runs ? "" : " Việc đối soát do Công an tỉnh thực hiện."),
            "Mở kỳ đối soát", runs ? $"/Reconciliation/Details/{r.Id}" : null)).ToList());
    }
}
