using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

/// <summary>
/// The rule parameters and the holiday table: any signed-in user reads them (other systems compute with
/// them); only system administrators add values or change the holidays.
/// </summary>
public static class RuleParametersApi
{
    public static void MapRuleParametersApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/rules").WithTags("Tham số pháp lý");
        g.MapGet("/parameters", async (HoaNhapDbContext db, CancellationToken ct) =>
                Results.Ok(await RuleParameterCommands.ListAsync(db, db.Today, ct)))
            .WithSummary("Mọi tham số pháp lý: giá trị đang áp dụng hôm nay, đơn vị, nguồn văn bản, tình trạng nguồn (Confirmed: đã đối chiếu văn bản; ToVerify: cần kiểm tra lại), ngày bắt đầu áp dụng và lịch sử các giá trị.")
            .Produces<List<ParameterView>>()
            .NoPersonalData();
        g.MapGet("/parameters/{key}", async (string key, HoaNhapDbContext db, CancellationToken ct) =>
                await RuleParameterCommands.GetAsync(db, key, db.Today, ct) is { } p ? Results.Ok(p) : ApiResults.NotFound())
            .WithSummary("Một tham số pháp lý và lịch sử các giá trị của nó.")
            .Produces<ParameterView>().ProducesProblem(404)
            .NoPersonalData();
        g.MapPost("/parameters/{key}", async (string key, ParameterValueInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                !http.Me().IsAdmin ? ApiResults.Forbidden()
                : ApiResults.From(await RuleParameterCommands.AddValueAsync(db, key, input, ct),
                    p => Results.Created($"/api/v1/rules/parameters/{Uri.EscapeDataString(key)}", p)))
            .WithSummary("Thêm một giá trị mới của tham số, áp dụng từ ngày effectiveFrom (yyyy-MM-dd hoặc dd/MM/yyyy); các giá trị cũ được giữ nguyên (chỉ quản trị hệ thống). status: Confirmed hoặc ToVerify.")
            .Produces<ParameterView>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        g.MapGet("/holidays", async (int? year, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var y = year ?? db.Today.Year;
                if (y is < HolidayCommands.MinYear or > HolidayCommands.MaxYear)
                    return ApiResults.Invalid(new Dictionary<string, string[]>
                        { ["Year"] = [$"Năm phải từ {HolidayCommands.MinYear} đến {HolidayCommands.MaxYear}."] });
                return Results.Ok(await HolidayCommands.ListAsync(db, y, ct));
            })
            .WithSummary("Các ngày nghỉ lễ, Tết của một năm (mặc định năm nay), không tính vào thời hạn theo ngày làm việc.")
            .Produces<List<HolidayView>>().ProducesValidationProblem()
            .NoPersonalData();
        g.MapPost("/holidays", async (HolidayInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                !http.Me().IsAdmin ? ApiResults.Forbidden()
                : ApiResults.From(await HolidayCommands.AddAsync(db, input, ct),
                    h => Results.Created($"/api/v1/rules/holidays?year={h.Date.Year}", h)))
            .WithSummary("Thêm một ngày nghỉ lễ, Tết (chỉ quản trị hệ thống). date: yyyy-MM-dd hoặc dd/MM/yyyy.")
            .Produces<HolidayView>(201).ProducesValidationProblem().ProducesProblem(403);
        g.MapDelete("/holidays/{date}", async (string date, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                if (!http.Me().IsAdmin) return ApiResults.Forbidden();
                if (!VietnameseDate.TryParse(date, out var day))
                    return ApiResults.Invalid(new Dictionary<string, string[]>
                        { ["Date"] = ["Ngày nghỉ phải là một ngày có thật, dạng yyyy-MM-dd (ví dụ 2026-09-01)."] });
                return ApiResults.From(await HolidayCommands.RemoveAsync(db, day, ct), _ => Results.NoContent());
            })
            .WithSummary("Bỏ một ngày khỏi bảng ngày nghỉ lễ, Tết (chỉ quản trị hệ thống). date: yyyy-MM-dd.")
            .Produces(204).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
    }
}
