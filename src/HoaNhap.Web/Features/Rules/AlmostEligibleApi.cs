using HoaNhap.Web.Shared.ReadReplica;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

public sealed record AlmostEligibleItemDto(Guid PersonId, string FullName, string CommuneCode, ForecastKind Kind, DateOnly On, int DaysLeft, string Summary);

public sealed record AlmostEligibleResponse(DateOnly? ComputedOn, string? ParametersVersion, IReadOnlyList<AlmostEligibleItemDto> Items,
    int Total, int Page, int PageCount);

public static class AlmostEligibleApi
{
    public static void MapAlmostEligibleApi(this RouteGroupBuilder api)
    {
        api.MapGet("/rules/almost-eligible", async (int? days, ForecastKind? kind, int? page, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await AlmostEligibleQuery.ListAsync(db, http.Me(), days ?? AlmostEligibleQuery.DefaultDays, kind, db.Today, ct, page ?? 1),
                    r => Results.Ok(new AlmostEligibleResponse(r.ComputedOn, r.ParametersVersion,
                        r.Items.Select(i => new AlmostEligibleItemDto(i.PersonId, i.FullName, i.CommuneCode, i.Kind, i.On, i.DaysLeft, i.Summary)).ToList(),
                        r.Total, r.Page, r.PageCount))))
            .WithTags("Quy định pháp luật")
            .WithSummary("Danh sách sắp đủ điều kiện trong phạm vi quản lý (tính hằng ngày): days = 30, 60 hoặc 90 (mặc định 90); "
                + "kind: ProbationShortening, SentenceReduction, SentenceRemission, RecordExpungement, LoanWindowCloses; "
                + $"page: trang (mỗi trang {AlmostEligibleQuery.PageSize} dòng; total là tổng số dòng).")
            .Produces<AlmostEligibleResponse>().ProducesValidationProblem().ProducesProblem(403)
            .ReadOnlyWork()
            .ReadsPersonalDataList<HoaNhap.Domain.Rules.EligibilityForecast>();
    }
}
