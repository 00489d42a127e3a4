using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reports;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reports;

public sealed class ReportInput
{
    /// <summary>Month, Quarter, HalfYear, Year or Custom.</summary>
    public string? Kind { get; set; }
    public int? Year { get; set; }
    /// <summary>The month (1–12), quarter (1–4) or half (1–2).</summary>
    public int? Number { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

public sealed class NarrativeInput
{
    public string? Results { get; set; }
    public string? Shortcomings { get; set; }
    public string? Proposals { get; set; }
}

public sealed class SubmitInput { public bool Confirmed { get; set; } }

public sealed class ReviewInput
{
    public bool? Accepted { get; set; }
    public string? Reason { get; set; }
}

/// <summary>One figure of a report: the indicator's definition applied to the report's period and unit.</summary>
public sealed record ReportFigure(string Key, string Name, long? Numerator, long? Denominator, string Text, string Target, string Assessment);

/// <summary>Where a commune stands for the period of a province report.</summary>
public sealed record CommuneSubmission(string CommuneCode, string CommuneName, Guid? ReportId, ReportStatus? Status, DateTimeOffset? SubmittedAt);

/// <summary>
/// Periodic reports (legal-rules §11): a commune officer or leader prepares the commune's report for a period
/// (figures from the live data through the indicator catalogue, plus the narrative sections) and submits it;
/// a province officer sees who submitted, returns (with a reason) or accepts, and prepares the province report
/// aggregating the communes. One report per unit and period; nothing changes after acceptance.
/// </summary>
public static class ReportCommands
{

    static IQueryable<PeriodicReport> Scoped(HoaNhapDbContext db, CurrentUser u)
    {
        var q = db.Set<PeriodicReport>().Where(r => r.ProvinceCode == u.ProvinceCode);
        return u.CommuneCode is { } c ? q.Where(r => r.CommuneCode == c) : q;
    }

    public static async Task<Outcome<List<PeriodicReport>>> ListAsync(HoaNhapDbContext db, CurrentUser u, CancellationToken ct)
    {
        if (!u.May(Act.ReadReports)) return Outcome<List<PeriodicReport>>.Denied();
        return Outcome<List<PeriodicReport>>.Ok(await Scoped(db, u).AsNoTracking()
            .OrderByDescending(r => r.To).ThenBy(r => r.CommuneCode).ToListAsync(ct));
    }

    public static async Task<Outcome<PeriodicReport>> FindAsync(HoaNhapDbContext db, CurrentUser u, Guid id, CancellationToken ct)
    {
        if (!u.May(Act.ReadReports)) return Outcome<PeriodicReport>.Denied();
        var r = await Scoped(db, u).FirstOrDefaultAsync(x => x.Id == id, ct);
        return r is null ? Outcome<PeriodicReport>.Missing() : Outcome<PeriodicReport>.Ok(r);
    }

    /// <summary>The reporting window the input names, or the errors keyed by field.</summary>
    public static (ReportingWindow? Window, Dictionary<string, string[]> Errors) Window(ReportInput input, int startDay)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<PeriodKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            errors[nameof(input.Kind)] = ["Hãy chọn loại kỳ báo cáo: tháng, quý, 6 tháng, năm hoặc kỳ tùy chọn."];
            return (null, errors);
        }
        if (kind == PeriodKind.Custom)
        {
            FormChecks.Date(errors, nameof(input.From), "Ngày bắt đầu kỳ báo cáo", input.From, out var from);
            FormChecks.Date(errors, nameof(input.To), "Ngày kết thúc kỳ báo cáo", input.To, out var to);
            if (errors.Count > 0) return (null, errors);
            // The same years as a periodic report's: a custom period is a stretch of real work, not the calendar's limits.
            if (from.Year is < 2020 or > 2100) errors[nameof(input.From)] = ["Ngày bắt đầu kỳ báo cáo phải trong khoảng năm 2020 – 2100."];
            if (to.Year is < 2020 or > 2100) errors[nameof(input.To)] = ["Ngày kết thúc kỳ báo cáo phải trong khoảng năm 2020 – 2100."];
            if (errors.Count > 0) return (null, errors);
            var w = ReportingPeriod.Custom(from, to);
            if (w is null) errors[nameof(input.To)] = ["Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu."];
            return (w, errors);
        }
        if (input.Year is not (>= 2020 and <= 2100)) errors[nameof(input.Year)] = ["Hãy nhập năm báo cáo, ví dụ 2026."];
        var max = kind switch { PeriodKind.Month => 12, PeriodKind.Quarter => 4, PeriodKind.HalfYear => 2, _ => 0 };
        if (max > 0 && (input.Number is not { } n || n < 1 || n > max))
            errors[nameof(input.Number)] = [kind switch
            {
                PeriodKind.Month => "Hãy chọn tháng báo cáo (từ 1 đến 12).",
                PeriodKind.Quarter => "Hãy chọn quý báo cáo (từ 1 đến 4).",
                _ => "Hãy chọn 6 tháng đầu năm hoặc 6 tháng cuối năm.",
            }];
        if (errors.Count > 0) return (null, errors);
        var y = input.Year!.Value;
        return (kind switch
        {
            PeriodKind.Month => ReportingPeriod.Month(y, input.Number!.Value, startDay),
            PeriodKind.Quarter => ReportingPeriod.Quarter(y, input.Number!.Value, startDay),
            PeriodKind.HalfYear => ReportingPeriod.HalfYear(y, input.Number!.Value, startDay),
            _ => ReportingPeriod.Year(y, startDay),
        }, errors);
    }

    public static async Task<Outcome<PeriodicReport>> CreateAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser u, ReportInput input, CancellationToken ct)
    {
        if (!u.May(Act.WriteReports)) return Outcome<PeriodicReport>.Denied();
        var p = await rules.ParametersAsync(ct);
        var (w, errors) = Window(input, ReportingPeriod.StartDay(p, db.Today));
        if (w is null) return Outcome<PeriodicReport>.Invalid(errors);
        var commune = u.CommuneCode ?? "";
        if (await db.Set<PeriodicReport>().AnyAsync(r => r.ProvinceCode == u.ProvinceCode && r.CommuneCode == commune && r.From == w.From && r.To == w.To, ct))
            return Outcome<PeriodicReport>.Refused(nameof(input.Kind), $"Đơn vị đã có báo cáo của kỳ này ({w.Name}, {Display.Date(w.From)} – {Display.Date(w.To)}): mỗi kỳ chỉ có một báo cáo.");
        var report = new PeriodicReport
        {
            ProvinceCode = u.ProvinceCode, CommuneCode = commune, PeriodKind = w.Kind, From = w.From, To = w.To, PeriodName = w.Name,
            DueOn = ReportingPeriod.DueOn(w, commune.Length == 0, p),
        };
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return Outcome<PeriodicReport>.Ok(report);
    }

    static Outcome<PeriodicReport>? CheckWrite(Outcome<PeriodicReport> found, CurrentUser u)
    {
        if (!found.Succeeded) return found;
        if (!u.May(Act.WriteReports)) return Outcome<PeriodicReport>.Denied();
        if (found.Value!.WhyNotEditable() is { } refusal) return Outcome<PeriodicReport>.Refused("", refusal);
        return null;
    }

    /// <summary>A province officer writes only the province report; a commune user only the commune's (both scoped by <see cref="Scoped"/>).</summary>
    static bool OwnUnit(PeriodicReport r, CurrentUser u) => r.CommuneCode == (u.CommuneCode ?? "");

    public static async Task<Outcome<PeriodicReport>> SaveNarrativeAsync(HoaNhapDbContext db, CurrentUser u, Guid id, NarrativeInput input, CancellationToken ct)
    {
        var found = await FindAsync(db, u, id, ct);
        if (found.Succeeded && !OwnUnit(found.Value!, u)) return Outcome<PeriodicReport>.Denied();
        if (CheckWrite(found, u) is { } refused) return refused;
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, text) in new[] { (nameof(input.Results), input.Results), (nameof(input.Shortcomings), input.Shortcomings), (nameof(input.Proposals), input.Proposals) })
            if ((text?.Length ?? 0) > 8000) errors[field] = ["Nội dung dài quá 8.000 ký tự."];
        if (errors.Count > 0) return Outcome<PeriodicReport>.Invalid(errors);
        var r = found.Value!;
        r.Results = VietnameseText.Nfc(input.Results?.Trim() ?? "");
        r.Shortcomings = VietnameseText.Nfc(input.Shortcomings?.Trim() ?? "");
        r.Proposals = VietnameseText.Nfc(input.Proposals?.Trim() ?? "");
        await db.SaveChangesAsync(ct);
        return Outcome<PeriodicReport>.Ok(r);
    }

    public static async Task<Outcome<PeriodicReport>> SubmitAsync(HoaNhapDbContext db, CurrentUser u, Guid id, SubmitInput input, CancellationToken ct)
    {
        var found = await FindAsync(db, u, id, ct);
        if (found.Succeeded && !OwnUnit(found.Value!, u)) return Outcome<PeriodicReport>.Denied();
        if (CheckWrite(found, u) is { } refused) return refused;
        if (!input.Confirmed) return Outcome<PeriodicReport>.Invalid(nameof(input.Confirmed), "Hãy xác nhận đã kiểm tra số liệu và nội dung trước khi gửi báo cáo.");
        var r = found.Value!;
        if (string.IsNullOrWhiteSpace(r.Results))
            return Outcome<PeriodicReport>.Refused(nameof(NarrativeInput.Results), "Báo cáo chưa có phần “Kết quả thực hiện”: hãy viết phần này trước khi gửi.");
        if (r.Submit(JsonSerializer.Serialize(await FiguresAsync(db, r, ct)), db.Clock.GetUtcNow(), u.UserName) is { } refusal)
            return Outcome<PeriodicReport>.Refused("", refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<PeriodicReport>.Ok(r);
    }

    public static async Task<Outcome<PeriodicReport>> ReviewAsync(HoaNhapDbContext db, CurrentUser u, Guid id, ReviewInput input, CancellationToken ct)
    {
        var found = await FindAsync(db, u, id, ct);
        if (!found.Succeeded) return found;
        if (!u.May(Act.ReviewReports) || found.Value!.IsProvinceReport) return Outcome<PeriodicReport>.Denied();
        if (input.Accepted is null) return Outcome<PeriodicReport>.Invalid(nameof(input.Accepted), "Hãy chọn tiếp nhận hoặc trả lại báo cáo.");
        if (input.Accepted == false && string.IsNullOrWhiteSpace(input.Reason))
            return Outcome<PeriodicReport>.Invalid(nameof(input.Reason), "Hãy ghi lý do trả lại báo cáo để xã bổ sung.");
        var r = found.Value!;
        if (r.Review(input.Accepted == true, input.Accepted == true ? null : VietnameseText.Nfc(input.Reason!.Trim()), db.Clock.GetUtcNow(), u.UserName) is { } refusal)
            return Outcome<PeriodicReport>.Refused(nameof(input.Accepted), refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<PeriodicReport>.Ok(r);
    }

    /// <summary>The figures of a report: frozen when submitted, else computed now from the indicator catalogue for the report's period and unit.</summary>
    public static async Task<List<ReportFigure>> FiguresAsync(HoaNhapDbContext db, PeriodicReport r, CancellationToken ct)
    {
        if (r.FiguresJson is { } json) return JsonSerializer.Deserialize<List<ReportFigure>>(json) ?? [];
        var area = new Area(r.ProvinceCode, r.IsProvinceReport ? null : r.CommuneCode, "");
        var today = db.Today;
        var list = new List<ReportFigure>();
        foreach (var i in Indicators.All)
        {
            var to = i.Window == IndicatorWindow.Snapshot && r.To > today ? today : r.To;
            var cells = await IndicatorQueries.CellsAsync(db, i, new IndicatorPeriod(r.From, to, today, r.PeriodName), area, ct);
            var f = Figure.Of(i, cells.Values.Sum(v => v.N), cells.Values.Sum(v => v.D));
            list.Add(new ReportFigure(i.Key, i.Name, i.HasData ? f.Numerator : null, i.HasData && i.IsRate ? f.Denominator : null,
                f.Text, i.TargetText, DashboardExport.Assessment(f)));
        }
        return list;
    }

    /// <summary>For a province report: every commune with its report of the same period (or none).</summary>
    public static async Task<List<CommuneSubmission>> SubmissionsAsync(HoaNhapDbContext db, PeriodicReport r, CancellationToken ct)
    {
        var reports = await db.Set<PeriodicReport>().AsNoTracking()
            .Where(x => x.ProvinceCode == r.ProvinceCode && x.CommuneCode != "" && x.From == r.From && x.To == r.To)
            .Select(x => new { x.Id, x.CommuneCode, x.Status, x.SubmittedAt }).ToListAsync(ct);
        var communes = (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == r.ProvinceCode).ToListAsync(ct)).OrderBy(c => c.Code);
        return communes.Select(c =>
        {
            var rep = reports.FirstOrDefault(x => x.CommuneCode == c.Code);
            return new CommuneSubmission(c.Code, c.FullName, rep?.Id, rep?.Status, rep?.SubmittedAt);
        }).ToList();
    }
}
