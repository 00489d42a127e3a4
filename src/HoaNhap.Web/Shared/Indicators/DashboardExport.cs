using HoaNhap.Domain.Cases;
using MiniExcelLibs;

namespace HoaNhap.Web.Shared;

/// <summary>
/// The dashboard tables as .xlsx, from the same figures as the page (one definition per indicator):
/// "Chỉ tiêu" (one row per unit and indicator, then the totals), "Theo loại án" (caseload by sentence
/// type and status) and "Cách tính" (the definitions).
/// </summary>
public static class DashboardExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static class Columns
    {
        public const string UnitCode = "Mã đơn vị";
        public const string Unit = "Đơn vị";
        public const string Key = "Mã chỉ tiêu";
        public const string Indicator = "Chỉ tiêu";
        public const string Numerator = "Tử số";
        public const string Denominator = "Mẫu số";
        public const string Value = "Kết quả";
        public const string Target = "Chỉ tiêu đặt ra";
        public const string Assessment = "Đánh giá";
        public const string Month = "Tháng";
    }

    public const string TotalCode = "TONG";

    static Dictionary<string, object> Row(string code, string unit, Figure f) => new()
    {
        [Columns.UnitCode] = code,
        [Columns.Unit] = unit,
        [Columns.Key] = f.Indicator.Key,
        [Columns.Indicator] = f.Indicator.Name,
        [Columns.Numerator] = f.Indicator.HasData ? f.Numerator : "",
        [Columns.Denominator] = f.Indicator.HasData && f.Indicator.IsRate ? f.Denominator : "",
        [Columns.Value] = f.Text,
        [Columns.Target] = f.Indicator.TargetText,
        [Columns.Assessment] = Assessment(f),
    };

    public static string Assessment(Figure f) => f.Meets switch { true => "Đạt", false => "Chưa đạt", _ => "" };

    public static byte[] Dashboard(DashboardView v)
    {
        var figures = new List<Dictionary<string, object>>();
        if (!v.Area.IsCommune)
            foreach (var u in v.Units)
                foreach (var i in Indicators.All.Where(i => i.HasData && !(i.ProvinceLevel && u.CommuneCode is not null)))
                    figures.Add(Row(u.CommuneCode ?? u.ProvinceCode, u.Name, u.Figures[i.Key]));
        foreach (var i in Indicators.All)
            figures.Add(Row(v.Area.CommuneCode ?? v.Area.ProvinceCode ?? TotalCode, $"Tổng: {v.Area.Name}", v.Total[i.Key]));

        var caseload = v.Caseload.GroupBy(c => c.SentenceType).Select(g =>
        {
            var row = new Dictionary<string, object> { ["Loại án"] = g.Key is { } t ? CaseText.Sentence(t) : "Không ghi" };
            foreach (var s in Enum.GetValues<CaseStatus>()) row[CaseText.Status(s)] = g.Where(c => c.Status == s).Sum(c => c.Count);
            row["Tổng"] = g.Sum(c => c.Count);
            return row;
        }).ToList();
        if (caseload.Count == 0) caseload.Add(new Dictionary<string, object> { ["Loại án"] = "Không có hồ sơ" });

        var sheets = new Dictionary<string, IEnumerable<IDictionary<string, object>>>
        {
            ["Chỉ tiêu"] = figures,
            ["Theo loại án"] = caseload,
            ["Cách tính"] = Definitions(v),
        };
        return Shared.Exports.SpreadsheetFile.Write(sheets);
    }

    static List<Dictionary<string, object>> Definitions(DashboardView v) => Indicators.All.Select(i => new Dictionary<string, object>
    {
        [Columns.Key] = i.Key,
        [Columns.Indicator] = i.Name,
        ["Tử số"] = i.Numerator,
        ["Mẫu số"] = i.Denominator ?? "",
        ["Kỳ tính"] = i.Period,
        [Columns.Target] = i.TargetText,
        ["Ghi chú"] = i.NoData ?? (i.ProvinceLevel ? "Số liệu của cả tỉnh" : ""),
        [Columns.Month] = $"{v.Month.Name} ({Shared.Display.Date(v.Month.From)} – {Shared.Display.Date(v.Month.To)})",
    }).ToList();

    /// <summary>One indicator: the figure of each unit and the twelve-month trend.</summary>
    public static byte[] Indicator(Indicator i, DashboardView v, IReadOnlyList<TrendPoint> trend)
    {
        var units = v.Units.Where(_ => !v.Area.IsCommune).Select(u => Row(u.CommuneCode ?? u.ProvinceCode, u.Name, u.Figures[i.Key])).ToList();
        units.Add(Row(v.Area.CommuneCode ?? v.Area.ProvinceCode ?? TotalCode, $"Tổng: {v.Area.Name}", v.Total[i.Key]));
        var months = trend.Select(t => new Dictionary<string, object>
        {
            [Columns.Month] = t.Month.Name,
            ["Từ ngày"] = Shared.Display.Date(t.Month.From),
            ["Đến ngày"] = Shared.Display.Date(t.Month.To),
            [Columns.Numerator] = t.Figure.Numerator,
            [Columns.Denominator] = i.IsRate ? t.Figure.Denominator : "",
            [Columns.Value] = t.Figure.Text,
            [Columns.Assessment] = Assessment(t.Figure),
        }).ToList();
        if (months.Count == 0) months.Add(new Dictionary<string, object> { [Columns.Month] = i.HasData ? "Chỉ tiêu hiện tại, không có lịch sử" : "Chưa có dữ liệu" });
        return Shared.Exports.SpreadsheetFile.Write(new Dictionary<string, IEnumerable<IDictionary<string, object>>> { ["Theo đơn vị"] = units, ["12 tháng"] = months });
    }

    public static string FileName(string what, Area area, Domain.Rules.ReportingWindow month) =>
        $"{what}-{area.CommuneCode ?? area.ProvinceCode ?? "toan-quoc"}-{month.To:yyyy-MM}.xlsx";
}
