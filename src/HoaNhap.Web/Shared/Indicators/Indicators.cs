using HoaNhap.Data;
using HoaNhap.Domain.Alerts;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>How a figure is compared with its target.</summary>
public enum TargetDirection
{
    /// <summary>No target: the figure is shown for information.</summary>
    None,
    /// <summary>The figure must stay strictly below the target ("dưới 0,5 %").</summary>
    Below,
    /// <summary>The figure must not exceed the target (e.g. 0 overdue items).</summary>
    AtMost,
    /// <summary>The figure must reach the target (e.g. 100 %).</summary>
    AtLeast,
}

/// <summary>Which window of time a figure looks at, for a reporting month.</summary>
public enum IndicatorWindow
{
    /// <summary>The state on the last day of the period (or today for the current month).</summary>
    Snapshot,
    /// <summary>What happened during the reporting month.</summary>
    Month,
    /// <summary>What happened during the twelve reporting months ending with the month (a yearly rate).</summary>
    TwelveMonths,
}

/// <summary>One row counted by an indicator (a case, a breach, a list, a worklist item), placed in its commune.</summary>
public sealed class IndicatorRow
{
    public string ProvinceCode { get; init; } = "";
    public string CommuneCode { get; init; } = "";
    public Guid? PersonId { get; init; }
    public Guid? CaseId { get; init; }
}

/// <summary>The period an indicator is computed for: its first and last day and the day the data are read.</summary>
public sealed record IndicatorPeriod(DateOnly From, DateOnly To, DateOnly Today, string Name)
{
    /// <summary>yyyy-MM of the month the period ends in (the reconciliation month).</summary>
    public string Month => To.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A figure the plans ask for, defined once: its name, how it is computed (numerator, denominator, period),
/// its target, and the two database queries behind it. The dashboard, the exports and the reports all read
/// this definition; the queries are grouped by commune in the database (<see cref="IndicatorQueries"/>).
/// </summary>
public sealed class Indicator
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required string Numerator { get; init; }
    public string? Denominator { get; init; }
    public required string Period { get; init; }
    public required IndicatorWindow Window { get; init; }
    decimal? _target;

    /// <summary>Percent for a rate (0.5 = 0,5 %), a count otherwise; null without target. With <see cref="TargetParameter"/>, the default
    /// until <see cref="WithTargetFrom"/> reads the parameter in force.</summary>
    public decimal? Target { get => _target; init => _target = value; }

    /// <summary>The rule parameter that holds the target (unit %), when an administrator sets it rather than the plan.</summary>
    public string? TargetParameter { get; init; }

    /// <summary>This indicator with its target read from <see cref="TargetParameter"/> in force on <paramref name="asOf"/> (itself without one).</summary>
    public Indicator WithTargetFrom(HoaNhap.Domain.Rules.RuleParameters rules, DateOnly asOf)
    {
        if (TargetParameter is not { } key) return this;
        var copy = (Indicator)MemberwiseClone();
        copy._target = rules.Int(key, asOf);
        return copy;
    }
    public TargetDirection Direction { get; init; } = TargetDirection.None;
    public string? Source { get; init; }
    /// <summary>The figure belongs to the province as a whole (not split by commune).</summary>
    public bool ProvinceLevel { get; init; }
    /// <summary>Why there is no data yet; null when the figure is computed.</summary>
    public string? NoData { get; init; }
    /// <summary>Whether the rows behind the figure are people (a drill-down list exists).</summary>
    public bool ListsPeople { get; init; } = true;
    public Func<HoaNhapDbContext, IndicatorPeriod, IQueryable<IndicatorRow>>? Counted { get; init; }
    public Func<HoaNhapDbContext, IndicatorPeriod, IQueryable<IndicatorRow>>? Base { get; init; }

    public bool IsRate => Base is not null;
    public bool HasData => NoData is null && Counted is not null;
    /// <summary>Whether the figure can be recomputed for past months (current-state figures cannot: no history is kept).</summary>
    public bool HasHistory => Window != IndicatorWindow.Snapshot || Key == Indicators.Caseload;

    public string TargetText => Direction switch
    {
        TargetDirection.None => "Không đặt chỉ tiêu",
        TargetDirection.Below => $"Dưới {Format(Target!.Value)}",
        TargetDirection.AtMost => $"Không quá {Format(Target!.Value)}",
        TargetDirection.AtLeast => $"Đạt {Format(Target!.Value)}",
        _ => "",
    };

    public string Format(decimal value) => IsRate ? value.ToString("0.##", Shared.Display.Vi) + " %" : value.ToString("#,##0", Shared.Display.Vi);

    /// <summary>The figure: a percentage for a rate (null when the denominator is 0), a count otherwise.</summary>
    public decimal? Value(long numerator, long denominator) =>
        IsRate ? (denominator == 0 ? null : Math.Round(numerator * 100m / denominator, 2)) : numerator;

    /// <summary>How far a value is from the target, as a share of the target (of 1 for a target of 0).</summary>
    public decimal RelativeGap(decimal value) => Target is { } t ? Math.Abs(value - t) / (t == 0 ? 1 : t) : 0;

    /// <summary>Green (true) or red (false) against the target; null without target or value.</summary>
    public bool? Meets(decimal? value) => value is not { } v || Target is not { } t ? null : Direction switch
    {
        TargetDirection.Below => v < t,
        TargetDirection.AtMost => v <= t,
        TargetDirection.AtLeast => v >= t,
        _ => null,
    };
}

/// <summary>The catalogue: every figure of the dashboard, the reports and the exports (overview.md, "Targets").</summary>
public static class Indicators
{
    public const string Caseload = "dang-chap-hanh";
    public const string ViolationRate = "ty-le-vi-pham-phap-luat";
    public const string ReoffendingRate = "ty-le-tai-pham";
    public const string CounsellingCoverage = "tu-van-chinh-sach";
    public const string ListedToBank = "lap-danh-sach-vay-von";
    public const string LoansApproved = "vay-von-duoc-duyet";
    public const string CommunesTrained = "xa-duoc-tap-huan";
    public const string ModelCommunes = "xa-co-mo-hinh-dien-hinh";
    public const string Absconded = "bo-tron";
    public const string Wanted = "truy-na";
    public const string NewOffences = "pham-toi-moi";
    public const string Reconciliation = "doi-soat-thang";
    public const string OverdueWork = "viec-qua-han";
    public const string AlertsOnTime = "canh-bao-dung-han";

    static readonly CaseStatus[] Open = [CaseStatus.Intake, CaseStatus.Active, CaseStatus.Absconded];

    /// <summary>Community-sentence cases being served at some time in the period.</summary>
    static IQueryable<Case> ServedDuring(HoaNhapDbContext db, IndicatorPeriod p) =>
        db.Cases.Where(c => c.Kind == CaseKind.CommunitySentence && c.StartOn <= p.To && (c.EndedOn == null || c.EndedOn >= p.From));

    /// <summary>Reintegration cases under management at some time in the period.</summary>
    static IQueryable<Case> ManagedDuring(HoaNhapDbContext db, IndicatorPeriod p) =>
        db.Cases.Where(c => c.Kind == CaseKind.Reintegration && c.StartOn <= p.To && (c.EndedOn == null || c.EndedOn >= p.From));

    /// <summary>
    /// Reintegration cases managed in the period whose person reoffended in it, after the start of management: a new
    /// offence recorded on any of the person's cases, a new community sentence started, or a new offence recorded on the
    /// reintegration file itself (<c>Reoffending.CountsAsReoffending</c>, written as a query). Three sets, each found from
    /// the period's few events through an index, then united — not three correlated sub-queries OR'd for every case.
    /// </summary>
    static IQueryable<Guid> Reoffended(HoaNhapDbContext db, IndicatorPeriod p) =>
        ManagedDuring(db, p)
            .Join(db.Cases, c => c.PersonId, k => k.PersonId, (c, k) => new { c.Id, c.StartOn, Other = k.Id })
            .Join(db.Set<Breach>().Where(b => b.Kind == BreachKind.NewOffence && b.OccurredOn >= p.From && b.OccurredOn <= p.To),
                x => x.Other, b => b.CaseId, (x, b) => new { x.Id, x.StartOn, b.OccurredOn })
            .Where(x => x.OccurredOn >= x.StartOn).Select(x => x.Id)
        .Union(ManagedDuring(db, p)
            .Join(db.Cases.Where(n => n.Kind == CaseKind.CommunitySentence && n.StartOn >= p.From && n.StartOn <= p.To),
                c => c.PersonId, n => n.PersonId, (c, n) => new { c.Id, c.StartOn, NewStart = n.StartOn })
            .Where(x => x.NewStart > x.StartOn).Select(x => x.Id))
        .Union(db.Set<ReturneeViolation>().Where(v => v.Kind == ReturneeViolationKind.NewOffence && v.OccurredOn >= p.From && v.OccurredOn <= p.To)
            .Select(v => v.CaseId));

    static IQueryable<IndicatorRow> Rows(IQueryable<Case> cases) =>
        cases.Select(c => new IndicatorRow { ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, PersonId = c.PersonId, CaseId = c.Id });

    public static IReadOnlyList<Indicator> All { get; } =
    [
        new()
        {
            Key = Caseload, Name = "Số người đang chấp hành án tại cộng đồng",
            Numerator = "Hồ sơ chấp hành án tại cộng đồng đã bắt đầu đến ngày cuối kỳ và chưa kết thúc vào ngày đó (đang tiếp nhận, đang chấp hành hoặc bỏ trốn).",
            Period = "Tại ngày cuối kỳ (tháng hiện tại: hôm nay).", Window = IndicatorWindow.Snapshot,
            Counted = (db, p) => Rows(db.Cases.Where(c => c.Kind == CaseKind.CommunitySentence && c.StartOn <= p.To
                && (c.EndedOn == null || c.EndedOn > p.To) && c.Status != CaseStatus.Transferred)),
        },
        new()
        {
            Key = ViolationRate, Name = "Tỷ lệ người chấp hành án tại cộng đồng vi phạm pháp luật",
            Numerator = "Hồ sơ chấp hành án tại cộng đồng có ít nhất một vi phạm loại “vi phạm pháp luật” hoặc “phạm tội mới” xảy ra trong kỳ.",
            Denominator = "Hồ sơ chấp hành án tại cộng đồng được thi hành vào bất kỳ ngày nào trong kỳ.",
            Period = "12 kỳ báo cáo tháng gần nhất (một năm).", Window = IndicatorWindow.TwelveMonths,
            Target = 0.5m, Direction = TargetDirection.Below, Source = "Kế hoạch: tỷ lệ vi phạm pháp luật dưới 0,5 %/năm",
            Counted = (db, p) => Rows(ServedDuring(db, p).Where(c => db.Set<Breach>().Any(b => b.CaseId == c.Id
                && (b.Kind == BreachKind.LawViolation || b.Kind == BreachKind.NewOffence) && b.OccurredOn >= p.From && b.OccurredOn <= p.To))),
            Base = (db, p) => Rows(ServedDuring(db, p)),
        },
        new()
        {
            Key = ReoffendingRate, Name = "Tỷ lệ tái phạm tội của người chấp hành xong án phạt tù đang được quản lý",
            Numerator = "Hồ sơ tái hòa nhập có người phạm tội mới trong kỳ: hành vi phạm tội mới được ghi ở mục “Vi phạm pháp luật, tái phạm” của hồ sơ tái hòa nhập hoặc ở hồ sơ chấp hành án của người đó, hoặc một hồ sơ chấp hành án tại cộng đồng mới bắt đầu trong kỳ, sau ngày bắt đầu quản lý.",
            Denominator = "Hồ sơ tái hòa nhập được quản lý vào bất kỳ ngày nào trong kỳ.",
            Period = "12 kỳ báo cáo tháng gần nhất (một năm).", Window = IndicatorWindow.TwelveMonths,
            Target = 1.5m, Direction = TargetDirection.Below, Source = "Kế hoạch: tỷ lệ tái phạm dưới 1,5 %/năm",
            Counted = (db, p) => Rows(ManagedDuring(db, p).Where(c => Reoffended(db, p).Contains(c.Id))),
            Base = (db, p) => Rows(ManagedDuring(db, p)),
        },
        new()
        {
            Key = CounsellingCoverage, Name = "Tỷ lệ người chấp hành xong án phạt tù được tư vấn chính sách",
            Numerator = "Hồ sơ tái hòa nhập (trong mẫu số) có ít nhất một lần tư vấn chính sách (vay vốn, việc làm, học nghề) được ghi nhận đến ngày cuối kỳ.",
            Denominator = "Hồ sơ tái hòa nhập cộng đồng được quản lý vào bất kỳ ngày nào trong kỳ.",
            Period = "12 kỳ báo cáo tháng gần nhất (một năm); lần tư vấn được tính nếu ghi nhận đến ngày cuối kỳ.", Window = IndicatorWindow.TwelveMonths,
            Target = 100m, Direction = TargetDirection.AtLeast, Source = "Kế hoạch: 100 % được tư vấn chính sách",
            Counted = (db, p) => Rows(ManagedDuring(db, p).Where(c => db.Set<PolicyCounselling>().Any(x => x.CaseId == c.Id && x.CounselledOn <= p.To))),
            Base = (db, p) => Rows(ManagedDuring(db, p)),
        },
        new()
        {
            Key = ListedToBank, Name = "Tỷ lệ người đủ điều kiện, có nhu cầu vay vốn được lập danh sách gửi Ngân hàng Chính sách xã hội",
            Numerator = "Hồ sơ tái hòa nhập (trong mẫu số) có tên trong danh sách vay vốn cá nhân của xã gửi Ngân hàng Chính sách xã hội (Quyết định 22/2023/QĐ-TTg), lập đến ngày cuối kỳ, dù sau đó ngân hàng phê duyệt hay không.",
            Denominator = "Hồ sơ tái hòa nhập được quản lý trong kỳ có nhu cầu vay vốn: lần tư vấn chính sách ghi nhận “có nhu cầu vay vốn” đến ngày cuối kỳ, hoặc đã có tên trong danh sách. "
                + "Điều kiện vay (giấy chứng nhận, thời hạn 05 năm, dư nợ cùng mục đích) chỉ được hệ thống kiểm tra khi lập danh sách; người có nhu cầu chưa được lập danh sách được tính vào mẫu số như người đủ điều kiện.",
            Period = "12 kỳ báo cáo tháng gần nhất (một năm).", Window = IndicatorWindow.TwelveMonths,
            Target = 100m, Direction = TargetDirection.AtLeast, Source = "Kế hoạch: 100 % được hướng dẫn, lập danh sách",
            Counted = (db, p) => Rows(ManagedDuring(db, p).Where(c => db.Set<ReintegrationLoan>().Any(l => l.CaseId == c.Id && l.Kind == LoanKind.Individual && l.ListedOn <= p.To))),
            Base = (db, p) => Rows(ManagedDuring(db, p).Where(c =>
                db.Set<PolicyCounselling>().Any(x => x.CaseId == c.Id && x.WantsLoan && x.CounselledOn <= p.To)
                || db.Set<ReintegrationLoan>().Any(l => l.CaseId == c.Id && l.Kind == LoanKind.Individual && l.ListedOn <= p.To))),
        },
        new()
        {
            Key = LoansApproved, Name = "Số khoản vay được ngân hàng phê duyệt",
            Numerator = "Khoản vay trong danh sách gửi Ngân hàng Chính sách xã hội (của người chấp hành xong án phạt tù hoặc của cơ sở sản xuất, kinh doanh sử dụng họ) có sự kiện “phê duyệt cho vay” trong kỳ, do ngân hàng gửi qua cổng trao đổi hoặc do cán bộ ghi nhận.",
            Period = "Kỳ báo cáo tháng.", Window = IndicatorWindow.Month,
            Counted = (db, p) => db.Set<ReintegrationLoan>().Where(l => db.Set<LoanEvent>().Any(e => e.LoanId == l.Id && e.Kind == LoanEventKind.Approved && e.On >= p.From && e.On <= p.To))
                .Select(l => new IndicatorRow { ProvinceCode = l.ProvinceCode, CommuneCode = l.CommuneCode, PersonId = l.PersonId, CaseId = l.CaseId }),
        },
        new()
        {
            Key = CommunesTrained, Name = "Tỷ lệ xã, phường được tập huấn",
            Numerator = "Xã, phường có ít nhất một buổi tập huấn ghi trong sổ theo dõi tập huấn trong kỳ.", Denominator = "Số xã, phường.",
            Period = "12 kỳ báo cáo tháng gần nhất (một năm).", Window = IndicatorWindow.TwelveMonths,
            Target = 100m, Direction = TargetDirection.AtLeast, Source = "Kế hoạch: 100 % xã, phường được tập huấn", ListsPeople = false,
            Counted = (db, p) => db.Communes.Where(c => db.Set<TrainingSession>().Any(t => t.CommuneCode == c.Code && t.HeldOn >= p.From && t.HeldOn <= p.To))
                .Select(c => new IndicatorRow { ProvinceCode = c.ProvinceCode, CommuneCode = c.Code }),
            Base = (db, p) => db.Communes.Select(c => new IndicatorRow { ProvinceCode = c.ProvinceCode, CommuneCode = c.Code }),
        },
        new()
        {
            Key = ModelCommunes, Name = "Xã có từ 10 người chấp hành xong án phạt tù trở lên có mô hình và điển hình",
            Numerator = "Xã (trong mẫu số) có ít nhất một mô hình tái hòa nhập cộng đồng đang hoạt động vào ngày cuối kỳ và ít nhất một cá nhân điển hình được công nhận đến ngày cuối kỳ.",
            Denominator = "Xã có từ 10 người chấp hành xong án phạt tù trở lên được quản lý vào bất kỳ ngày nào trong kỳ. Số người, số mô hình và số cá nhân điển hình tối thiểu là tham số pháp lý (ModelCoverage.*) có hiệu lực vào ngày cuối kỳ.",
            Period = "12 kỳ báo cáo tháng gần nhất (một năm).", Window = IndicatorWindow.TwelveMonths,
            Target = 100m, Direction = TargetDirection.AtLeast, Source = "Kế hoạch: mỗi xã có từ 10 người trở lên có ít nhất một mô hình, một điển hình", ListsPeople = false,
            Counted = ModelCoverageQueries.CommunesMeetingTarget,
            Base = ModelCoverageQueries.CommunesUnderTarget,
        },
        new()
        {
            Key = Absconded, Name = "Số người bỏ trốn",
            Numerator = "Hồ sơ chấp hành án tại cộng đồng đang ở trạng thái “bỏ trốn”.",
            Period = "Hiện tại (hệ thống không lưu lịch sử trạng thái).", Window = IndicatorWindow.Snapshot,
            Counted = (db, p) => Rows(db.Cases.Where(c => c.Kind == CaseKind.CommunitySentence && c.Status == CaseStatus.Absconded)),
        },
        new()
        {
            Key = Wanted, Name = "Số người bị truy nã",
            Numerator = "Người đang bỏ trốn có đề nghị ra quyết định truy nã đã được chấp nhận.",
            Period = "Hiện tại (hệ thống không lưu lịch sử trạng thái).", Window = IndicatorWindow.Snapshot,
            Counted = (db, p) => Rows(db.Cases.Where(c => c.Status == CaseStatus.Absconded && db.Set<EscalationProposal>()
                .Any(x => x.CaseId == c.Id && x.Kind == ProposalKind.WantedNotice && x.Granted == true))),
        },
        new()
        {
            Key = NewOffences, Name = "Số vụ phạm tội mới",
            Numerator = "Vi phạm loại “phạm tội mới” xảy ra trong kỳ, ghi nhận trên hồ sơ chấp hành án.",
            Period = "Kỳ báo cáo tháng.", Window = IndicatorWindow.Month,
            Counted = (db, p) => db.Set<Breach>().Where(b => b.Kind == BreachKind.NewOffence && b.OccurredOn >= p.From && b.OccurredOn <= p.To)
                .Select(b => new IndicatorRow { ProvinceCode = b.ProvinceCode, CommuneCode = b.CommuneCode, PersonId = b.PersonId, CaseId = b.CaseId }),
        },
        new()
        {
            Key = Reconciliation, Name = "Đối soát hằng tháng với Tòa án, Viện kiểm sát đã hoàn tất",
            Numerator = "Danh sách của tháng đã được ký xác nhận và được cả Tòa án, Viện kiểm sát đồng ý.",
            Denominator = "Danh sách của tháng đã nhận (của Tòa án và của Viện kiểm sát).",
            Period = "Tháng dương lịch của cuối kỳ báo cáo.", Window = IndicatorWindow.Month, ProvinceLevel = true, ListsPeople = false,
            Target = 100m, Direction = TargetDirection.AtLeast, Source = "Kế hoạch: đối soát hằng tháng, không bỏ sót bản án",
            Counted = (db, p) => db.Set<MonthlyReconciliation>().Where(r => r.Month == p.Month && r.Status == ReconciliationStatus.SignedOff
                    && r.CourtAgreedAt != null && r.ProcuracyAgreedAt != null)
                .Select(r => new IndicatorRow { ProvinceCode = r.ProvinceCode, CommuneCode = "" }),
            Base = (db, p) => db.Set<MonthlyReconciliation>().Where(r => r.Month == p.Month && r.Status != ReconciliationStatus.Failed)
                .Select(r => new IndicatorRow { ProvinceCode = r.ProvinceCode, CommuneCode = "" }),
        },
        new()
        {
            Key = OverdueWork, Name = "Số việc quá hạn trong danh sách việc cần làm",
            Numerator = "Việc trong danh sách việc cần làm (tính hằng ngày) có hạn trước hôm nay.",
            Period = "Hiện tại (danh sách được tính lại mỗi ngày).", Window = IndicatorWindow.Snapshot,
            Target = 0, Direction = TargetDirection.AtMost,
            Counted = (db, p) => db.Set<WorklistItem>().Where(i => i.DueOn < p.Today)
                .Select(i => new IndicatorRow { ProvinceCode = i.ProvinceCode, CommuneCode = i.CommuneCode, PersonId = i.PersonId, CaseId = i.CaseId }),
        },
        new()
        {
            Key = AlertsOnTime, Name = "Tỷ lệ cảnh báo được xử lý đúng hạn",
            Numerator = "Cảnh báo (trong mẫu số) mà mọi bước đã ghi trong sổ theo dõi (xác minh, xử lý, theo dõi kết quả) đều đúng hạn và bước đang chờ chưa quá hạn: "
                + "đã kết thúc đúng hạn, hoặc đang trong hạn.",
            Denominator = "Cảnh báo phát sinh trong kỳ: không điểm danh, không nộp bản tự nhận xét, vắng mặt không xin phép, vắng mặt quá hạn, dấu hiệu vi phạm.",
            Period = "12 kỳ báo cáo tháng gần nhất (một năm), theo ngày phát sinh cảnh báo; đúng hạn hay không tính theo sổ theo dõi đến hôm nay.",
            Window = IndicatorWindow.TwelveMonths,
            Target = 100m, TargetParameter = AlertDefaults.OnTimeTargetPercent, Direction = TargetDirection.AtLeast,
            Source = "Chỉ tiêu là tham số Alerts.OnTimeTargetPercent do hệ thống đề xuất, chờ Công an tỉnh xác nhận",
            Counted = (db, p) => AlertRows(db.Set<Alert>().Where(a => a.RaisedOn >= p.From && a.RaisedOn <= p.To
                && !a.Late && (a.Status == AlertStatus.Closed || a.DueOn >= p.Today))),
            Base = (db, p) => AlertRows(db.Set<Alert>().Where(a => a.RaisedOn >= p.From && a.RaisedOn <= p.To)),
        },
    ];

    static IQueryable<IndicatorRow> AlertRows(IQueryable<Alert> alerts) =>
        alerts.Select(a => new IndicatorRow { ProvinceCode = a.ProvinceCode, CommuneCode = a.CommuneCode, PersonId = a.PersonId, CaseId = a.CaseId });

    public static Indicator? Find(string key) => All.FirstOrDefault(i => i.Key == key);

    /// <summary>The catalogue with each target that is a rule parameter read as in force on <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<Indicator> WithTargets(HoaNhap.Domain.Rules.RuleParameters rules, DateOnly asOf) =>
        All.Select(i => i.WithTargetFrom(rules, asOf)).ToList();

    /// <summary>Caseload by sentence type and status (open and closed), grouped in the database.</summary>
    public static IQueryable<Case> CommunitySentences(HoaNhapDbContext db) => db.Cases.Where(c => c.Kind == CaseKind.CommunitySentence);

    public static bool IsOpen(CaseStatus s) => Open.Contains(s);
}
