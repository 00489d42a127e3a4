using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MiniExcelLibs;

namespace HoaNhap.Web.Shared.Exports;

/// <summary>The programme registers as .xlsx: the same rows the page shows, one sheet, Vietnamese headers.</summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Runs the page's own GET (scope and role checks included) and answers its rows as a file.</summary>
    public static async Task<IActionResult> ExportAsync(this PageModel page, Func<Task<IActionResult>> load, string fileName,
        Func<IEnumerable<Dictionary<string, object>>> rows)
    {
        var result = await load();
        if (result is not PageResult) return result;
        return page.File(Shared.Exports.SpreadsheetFile.Write(rows()), ContentType, fileName);
    }

    static string Unit(IReadOnlyDictionary<string, string> names, string commune) =>
        string.IsNullOrEmpty(commune) ? "Cấp tỉnh" : names.GetValueOrDefault(commune, commune);

    public static IEnumerable<Dictionary<string, object>> Training(IEnumerable<TrainingSession> items, IReadOnlyDictionary<string, string> names) =>
        items.Select(s => new Dictionary<string, object>
        {
            ["Ngày"] = Display.Date(s.HeldOn), ["Xã, phường"] = Unit(names, s.CommuneCode), ["Đơn vị tổ chức"] = s.Organiser,
            ["Nội dung"] = s.Topic, ["Đơn vị được tập huấn"] = s.UnitsTrained, ["Số người được tập huấn"] = s.PeopleTrained,
        });

    public static IEnumerable<Dictionary<string, object>> Awareness(IEnumerable<AwarenessActivity> items, IReadOnlyDictionary<string, string> names) =>
        items.Select(a => new Dictionary<string, object>
        {
            ["Ngày"] = Display.Date(a.HeldOn), ["Xã, phường"] = Unit(names, a.CommuneCode), ["Hình thức"] = ProgrammeText.Channel(a.Channel),
            ["Đối tượng"] = a.Audience, ["Số lượt tiếp cận"] = a.Reached, ["Tài liệu"] = a.Materials,
        });

    public static IEnumerable<Dictionary<string, object>> Commendations(IEnumerable<Commendation> items, IReadOnlyDictionary<string, string> names) =>
        items.Select(c => new Dictionary<string, object>
        {
            ["Ngày đề nghị"] = Display.Date(c.ProposedOn), ["Xã, phường"] = Unit(names, c.CommuneCode), ["Người, tập thể được đề nghị"] = c.CommendedName,
            ["Thành tích"] = c.Achievement, ["Đơn vị đề nghị"] = c.ProposedBy, ["Tình trạng"] = CommendationText.Status(c.Status),
            ["Ngày quyết định"] = c.DecidedOn is { } d ? Display.Date(d) : "", ["Cấp khen thưởng"] = c.GrantedBy ?? "", ["Số quyết định"] = c.DecisionNumber ?? "",
        });

    public static IEnumerable<Dictionary<string, object>> Budget(IEnumerable<BudgetPlan> plans, IReadOnlyDictionary<string, string> names) =>
        plans.SelectMany(p => p.Items.OrderBy(i => i.Order).Select(i => new Dictionary<string, object>
        {
            ["Năm"] = p.Year, ["Đơn vị"] = Unit(names, p.CommuneCode), ["Nội dung chi"] = i.Item,
            ["Dự toán (đồng)"] = i.Planned, ["Quyết toán (đồng)"] = i.Spent is { } s ? s : "",
        }));
}
