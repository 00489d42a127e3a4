using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

public sealed class BudgetLineInput
{
    public string? Item { get; set; }
    /// <summary>Planned amount in VND (plan) or spent amount in VND (settlement).</summary>
    public long? Amount { get; set; }
}

public sealed class BudgetInput
{
    /// <summary>The commune (a province officer may leave it empty for the province's own budget).</summary>
    public string? CommuneCode { get; set; }
    /// <summary>Settlement only: the settlement date.</summary>
    public string? SettledOn { get; set; }
    public List<BudgetLineInput> Items { get => _items; set => _items = value is null ? [] : [.. value.Where(l => l is not null)]; }
    // A client may send "items": null or null lines: read as no line at all (the form leaves blank lines the same way).
    List<BudgetLineInput> _items = [];
}

/// <summary>
/// The yearly budget plan (dự toán) and settlement (quyết toán) of a unit for this work: same users and scope as the
/// training register. One plan per unit per year; the settlement gives the amount spent on every planned item.
/// </summary>
public static class BudgetCommands
{
    /// <summary>The column's length (BudgetItemConfiguration).</summary>
    const int MaxItemLength = 300;
    public const long MaxAmount = 1_000_000_000_000;

    static IQueryable<BudgetPlan> Scoped(HoaNhapDbContext db, CurrentUser u)
    {
        var q = db.Set<BudgetPlan>().Include(p => p.Items).Where(t => t.ProvinceCode == u.ProvinceCode);
        if (u.CommuneCode is { } c) q = q.Where(t => t.CommuneCode == c);
        return q;
    }

    public static async Task<Outcome<List<BudgetPlan>>> ListAsync(HoaNhapDbContext db, CurrentUser u, int year, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<List<BudgetPlan>>.Denied();
        var list = await Scoped(db, u).AsNoTracking().Where(p => p.Year == year).OrderBy(p => p.CommuneCode).ToListAsync(ct);
        foreach (var p in list) p.Items = p.Items.OrderBy(i => i.Order).ToList();
        return Outcome<List<BudgetPlan>>.Ok(list);
    }

    static async Task<string?> UnitAsync(HoaNhapDbContext db, CurrentUser u, BudgetInput input, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var commune = u.CommuneCode ?? (string.IsNullOrWhiteSpace(input.CommuneCode) ? "" : input.CommuneCode.Trim());
        if (commune != "" && !await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == u.ProvinceCode, ct))
        {
            errors[nameof(input.CommuneCode)] = ["Xã, phường được chọn không thuộc tỉnh, thành phố của bạn."];
            return null;
        }
        return commune;
    }

    static bool ValidYear(int year) => year is >= 2000 and <= 2100;

    public static async Task<Outcome<BudgetPlan>> PlanAsync(HoaNhapDbContext db, CurrentUser u, int year, BudgetInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<BudgetPlan>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!ValidYear(year)) errors["Year"] = ["Hãy nhập năm dự toán, ví dụ 2026."];
        var commune = await UnitAsync(db, u, input, errors, ct);
        var lines = input.Items.Where(i => !string.IsNullOrWhiteSpace(i.Item) || i.Amount is not null).ToList();
        if (lines.Count == 0) errors[nameof(input.Items)] = ["Hãy nhập ít nhất một khoản kinh phí (nội dung và số tiền)."];
        else if (lines.Any(i => string.IsNullOrWhiteSpace(i.Item)))
            errors[nameof(input.Items)] = ["Mỗi khoản kinh phí phải có nội dung, ví dụ “Quản lý, giám sát, giáo dục”."];
        else if (lines.Any(i => i.Item!.Trim().Length > MaxItemLength))
            errors[nameof(input.Items)] = [$"Nội dung mỗi khoản kinh phí không quá {MaxItemLength} ký tự."];
        else if (lines.Any(i => i.Amount is not (>= 0 and <= MaxAmount)))
            errors[nameof(input.Items)] = ["Hãy nhập số tiền dự toán của mỗi khoản (đồng, số không âm)."];
        else if (lines.Select(i => VietnameseText.Fold(i.Item!.Trim())).Distinct().Count() != lines.Count)
            errors[nameof(input.Items)] = ["Mỗi nội dung chỉ được nhập một lần trong dự toán."];
        if (errors.Count > 0) return Outcome<BudgetPlan>.Invalid(errors);
        if (await db.Set<BudgetPlan>().AnyAsync(p => p.ProvinceCode == u.ProvinceCode && p.CommuneCode == commune && p.Year == year, ct))
            return Outcome<BudgetPlan>.Refused("Year", $"Đơn vị đã có dự toán kinh phí năm {year}; mỗi đơn vị chỉ lập một dự toán mỗi năm.");
        var plan = new BudgetPlan
        {
            ProvinceCode = u.ProvinceCode, CommuneCode = commune!, Year = year,
            Items = lines.Select((l, n) => new BudgetItem { Order = n, Item = VietnameseText.Nfc(l.Item!.Trim()), Planned = l.Amount!.Value }).ToList(),
        };
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        return Outcome<BudgetPlan>.Ok(plan);
    }

    public static async Task<Outcome<BudgetPlan>> SettleAsync(HoaNhapDbContext db, CurrentUser u, int year, BudgetInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseTraining)) return Outcome<BudgetPlan>.Denied();
        var errors = new Dictionary<string, string[]>();
        var commune = await UnitAsync(db, u, input, errors, ct);
        if (errors.Count > 0) return Outcome<BudgetPlan>.Invalid(errors);
        var plan = await Scoped(db, u).FirstOrDefaultAsync(p => p.CommuneCode == commune && p.Year == year, ct);
        if (plan is null) return Outcome<BudgetPlan>.Missing();
        FormChecks.Date(errors, nameof(input.SettledOn), "Ngày quyết toán", input.SettledOn, out var settledOn);
        var spent = new Dictionary<Guid, long>();
        foreach (var item in plan.Items)
        {
            var line = input.Items.FirstOrDefault(l => l.Item is not null && VietnameseText.Fold(l.Item.Trim()) == VietnameseText.Fold(item.Item));
            if (line?.Amount is not (>= 0 and <= MaxAmount)) { errors[nameof(input.Items)] = [$"Hãy nhập số tiền đã chi (đồng, số không âm) cho khoản “{item.Item}”."]; break; }
            spent[item.Id] = line.Amount.Value;
        }
        if (!errors.ContainsKey(nameof(input.Items)) && input.Items.Any(l => l.Item is null || !plan.Items.Any(i => VietnameseText.Fold(i.Item) == VietnameseText.Fold(l.Item.Trim()))))
            errors[nameof(input.Items)] = ["Quyết toán chỉ gồm các khoản đã có trong dự toán."];
        if (errors.Count > 0) return Outcome<BudgetPlan>.Invalid(errors);
        if (settledOn > db.Today || settledOn.Year < year)
            return Outcome<BudgetPlan>.Refused(nameof(input.SettledOn), $"Ngày quyết toán phải trong hoặc sau năm {year} và không sau hôm nay.");
        foreach (var item in plan.Items) item.Spent = spent[item.Id];
        plan.SettledOn = settledOn;
        await db.SaveChangesAsync(ct);
        plan.Items = plan.Items.OrderBy(i => i.Order).ToList();
        return Outcome<BudgetPlan>.Ok(plan);
    }
}
