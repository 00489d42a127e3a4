using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Rules;

/// <summary>Every rule parameter with the value in force today, its source and history, grouped by subject.</summary>
[Authorize(Policy = nameof(Act.ManageRules))]
[Shared.Audit.NoPersonalData]
public sealed class ParametersModel(HoaNhapDbContext db) : PageModel
{
    public DateOnly Today { get; } = db.Today;
    public List<(string Title, List<ParameterView> Parameters)> Groups { get; private set; } = [];
    public int ToVerifyCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await RuleParameterCommands.ListAsync(db, Today, ct);
        ToVerifyCount = all.Count(p => p.Status != SourceStatus.Confirmed);
        Groups = all.GroupBy(p => GroupOf(p.Key))
            .OrderBy(g => Array.FindIndex(GroupOrder, x => x.Title == g.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(g => (g.Key, g.ToList())).ToList();
    }

    /// <summary>Subjects in the order a reader meets them in a case; a key belongs to the first prefix it starts with.</summary>
    static readonly (string Title, string[] Prefixes)[] GroupOrder =
    [
        ("Thủ tục thi hành án treo", ["Court.", "CQTHAHS."]),
        ("Án treo: thời gian thử thách và rút ngắn", ["AnTreo."]),
        ("Vắng mặt tại nơi cư trú", ["Absence."]),
        ("Cải tạo không giam giữ", ["CTKGG."]),
        ("Cấm cư trú, quản chế", ["CamCuTruQuanChe."]),
        ("Xóa án tích", ["AnTich."]),
        ("Ra trại và tái hòa nhập cộng đồng", ["Prison.", "Reintegration."]),
        ("Vay vốn (Quyết định 22/2023/QĐ-TTg)", ["Loan."]),
    ];

    const string Other = "Tham số khác";

    static string GroupOf(string key) =>
        GroupOrder.FirstOrDefault(g => g.Prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal))).Title ?? Other;

    /// <summary>Whether a stored value is in force on the day, applies later, or was replaced.</summary>
    public static string Period(ParameterView p, ParameterValueView v, DateOnly today) =>
        v.EffectiveFrom == p.EffectiveFrom ? "đang áp dụng"
        : v.EffectiveFrom > today ? "sắp áp dụng"
        : "đã được thay thế";
}
