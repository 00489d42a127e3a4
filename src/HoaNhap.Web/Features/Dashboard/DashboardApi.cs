using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.ReadReplica;

namespace HoaNhap.Web.Features.Dashboard;

public sealed record FigureDto(string Key, long? Numerator, long? Denominator, decimal? Value, string Text, bool? MeetsTarget);
public sealed record UnitFiguresDto(string ProvinceCode, string? CommuneCode, string Name, IReadOnlyList<FigureDto> Figures);
public sealed record IndicatorDto(string Key, string Name, string Numerator, string? Denominator, string Period, decimal? Target,
    string Direction, string TargetText, bool IsRate, bool ProvinceLevel, string? NoData);
public sealed record DashboardDto(string? ProvinceCode, string? CommuneCode, string Name, string Month, DateOnly From, DateOnly To,
    IReadOnlyList<IndicatorDto> Indicators, IReadOnlyList<FigureDto> Total, IReadOnlyList<UnitFiguresDto> Units, DateTimeOffset ComputedAt);
public sealed record IndicatorPersonDto(Guid PersonId, string FullName, Guid? CaseId, string CommuneCode);
public sealed record MissingRowDto(string ProvinceCode, string CommuneCode, string CommuneName, Guid? PersonId, Guid? CaseId, Guid? RecordId,
    string Name, string Reason, string Action, string? ActionPath);
public sealed record MissingListDto(string Key, string Kind, bool HasList, string Title, string Meaning, string? ProvinceCode, string? CommuneCode,
    string AreaName, string Month, DateOnly From, DateOnly To, int Total, int Page, int PageCount, IReadOnlyList<MissingRowDto> Rows);

public static class DashboardApi
{
    static FigureDto Dto(Figure f) => new(f.Indicator.Key, f.Indicator.HasData ? f.Numerator : null,
        f.Indicator.HasData && f.Indicator.IsRate ? f.Denominator : null, f.Value, f.Text, f.Meets);

    public static IndicatorDto Dto(Indicator i) => new(i.Key, i.Name, i.Numerator, i.Denominator, i.Period, i.Target,
        i.Direction.ToString(), i.TargetText, i.IsRate, i.ProvinceLevel, i.NoData);

    public static MissingListDto Dto(MissingList l) => new(l.Indicator.Key, l.Definition.Kind.ToString(), l.Definition.HasList, l.Definition.Title,
        l.Definition.Meaning, l.Area.ProvinceCode, l.Area.CommuneCode, l.Area.Name, l.Month.To.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        l.Period.From, l.Period.To, l.Total, l.Page, l.PageCount,
        l.Rows.Select(r => new MissingRowDto(r.ProvinceCode, r.CommuneCode, r.CommuneName, r.PersonId, r.CaseId, r.RecordId, r.Name, r.Reason, r.Action, r.ActionPath)).ToList());

    public static void MapDashboardApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/dashboard").WithTags("Chỉ tiêu và số liệu");
        g.MapGet("", async (string? province, string? commune, string? month, HttpContext http, HoaNhapDbContext db, RuleBook rules,
                IndicatorRollups rollups, CancellationToken ct) =>
            {
                var me = http.Me();
                var area = await IndicatorQueries.AreaAsync(db, me, province, commune, ct);
                if (!area.Succeeded) return ApiResults.From(area, _ => Results.Ok());
                var today = db.Today;
                var startDay = await IndicatorQueries.StartDayAsync(rules, today, ct);
                var w = IndicatorQueries.MonthOf(month, today, startDay);
                var v = (await rollups.ReadAsync(db, me, area.Value!, w, today, startDay, [], ct)).View;
                return Results.Ok(new DashboardDto(v.Area.ProvinceCode, v.Area.CommuneCode, v.Area.Name, w.To.ToString("yyyy-MM"), w.From, w.To,
                    Indicators.All.Select(i => Dto(v.Total[i.Key].Indicator)).ToList(), Indicators.All.Select(i => Dto(v.Total[i.Key])).ToList(),
                    v.Area.IsCommune ? [] : v.Units.Select(u => new UnitFiguresDto(u.ProvinceCode, u.CommuneCode, u.Name,
                        Indicators.All.Select(i => Dto(u.Figures[i.Key])).ToList())).ToList(), v.ComputedAt));
            })
            .WithSummary("Chỉ tiêu của một vùng trong kỳ báo cáo tháng (month=yyyy-MM, mặc định kỳ hiện tại): quản trị — toàn quốc "
                + "hoặc một tỉnh (province=), chỉ số liệu tổng hợp; cán bộ Công an tỉnh — tỉnh và từng xã (commune= để xem một xã); "
                + "cán bộ Công an xã, lãnh đạo UBND xã — xã của mình. Vai trò khác: 403; vùng ngoài phạm vi: 404. "
                + "Số liệu đọc từ bảng tổng hợp theo xã, theo tháng; computedAt cho biết thời điểm tính.")
            .Produces<DashboardDto>().ProducesProblem(403).ProducesProblem(404)
            .ReadOnlyWork()
            .NoPersonalData();
        g.MapGet("/indicators/{key}/people", async (string key, string? province, string? commune, string? month, HttpContext http,
                HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.May(Act.ListDashboardPeople)) return ApiResults.Forbidden();
                var area = await IndicatorQueries.AreaAsync(db, me, province, commune, ct);
                if (!area.Succeeded) return ApiResults.From(area, _ => Results.Ok());
                if (Indicators.Find(key) is not { } indicator) return ApiResults.NotFound();
                var today = db.Today;
                var w = IndicatorQueries.MonthOf(month, today, await IndicatorQueries.StartDayAsync(rules, today, ct));
                return ApiResults.From(await IndicatorQueries.PeopleAsync(db, me, indicator, area.Value!, w, today, ct),
                    l => Results.Ok(l.Select(p => new IndicatorPersonDto(p.PersonId, p.FullName, p.CaseId, p.CommuneCode)).ToList()));
            })
            .WithSummary("Danh sách người đứng sau một chỉ tiêu (trong phạm vi của người gọi; chỉ cán bộ Công an tỉnh, xã và lãnh đạo UBND xã). "
                + "Việc xem được ghi nhật ký.")
            .Produces<List<IndicatorPersonDto>>().ProducesProblem(403).ProducesProblem(404)
            .ReadOnlyWork()
            .ReadsPersonalDataList<Domain.People.Person>();
        g.MapGet("/indicators/{key}/missing", async (string key, string? province, string? commune, string? month, string? page, HttpContext http,
                HoaNhapDbContext db, RuleBook rules, UnitNames names, CancellationToken ct) =>
                ApiResults.From(await MissingLists.ListAsync(db, rules, names, http.Me(), key, province, commune, month, page, ct), l => Results.Ok(Dto(l))))
            .WithSummary("Danh sách chưa đạt chỉ tiêu: người hoặc xã, phường thuộc mẫu số nhưng chưa được tính vào tử số (tử số + danh sách = mẫu số), "
                + "việc quá hạn, danh sách đối soát chưa hoàn tất; mỗi dòng có lý do và đường dẫn của việc cần làm (actionPath). "
                + "commune= (hoặc province=) chọn vùng trong phạm vi của người gọi, month=yyyy-MM chọn kỳ báo cáo, "
                + $"page= chọn trang (mỗi trang {MissingLists.PageSize} dòng; total là tổng số dòng). Chỉ tiêu không có danh sách: hasList=false và meaning nói vì sao. "
                + "Chỉ cán bộ Công an tỉnh, xã và lãnh đạo UBND xã (403 với vai trò khác); chỉ tiêu không có: 404; vùng ngoài phạm vi: 404; month, page sai: 400. Việc xem được ghi nhật ký.")
            .Produces<MissingListDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404)
            .ReadOnlyWork()
            .ReadsPersonalDataList<Domain.People.Person>();
    }
}
