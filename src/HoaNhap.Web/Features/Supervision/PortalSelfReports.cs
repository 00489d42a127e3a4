using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Portal;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>
/// The person's own self-reports in the portal (issue 18): the periods and what became of each, and the report sent online,
/// recorded by the same command as the officer's (received today, on time or late against the period's due day).
/// </summary>
public static class PortalSelfReports
{
    public static void MapPortalSelfReportsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/me/self-reports").WithTags("Cổng thông tin người chấp hành án").ForThePerson();
        g.MapGet("/", async (HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
            {
                var me = http.Me();
                if (await PortalFile.PersonAsync(db, me, ct) is null) return ApiResults.NotFound();
                if (await PortalFile.CaseAsync(db, me, ct) is not { } c) return Results.Ok(new List<SelfReportDto>());
                var statuses = await SelfReportStatuses.ForCaseAsync(db, await book.ParametersAsync(ct), c, db.Today, ct);
                return Results.Ok(statuses.Reverse().Select(s => SelfReportDto.From(s, null)).ToList());
            })
            .WithSummary("Các kỳ nộp bản tự nhận xét của mình (mới nhất trước): OnTime, Late, Missing, DueToday, NotYetDue.")
            .Produces<List<SelfReportDto>>().ReadsOwnPersonalData();
        g.MapPost("/", async (SelfReportInput input, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                ApiResults.From(await SupervisionRecordCommands.RecordSelfReportFromPortalAsync(db, http.Me(), await book.ParametersAsync(ct), input, ct),
                    x => Results.Created("/api/v1/me/self-reports", SelfReportDto.From(x, input.Summary))))
            .WithSummary("Nộp bản tự nhận xét: {period: \"2026-10\" (tháng hết kỳ; bỏ trống = kỳ sớm nhất chưa nộp), summary}; ghi nhận ngày hôm nay, đúng hạn hay muộn.")
            .Produces<SelfReportDto>(201).ProducesValidationProblem().ProducesProblem(404).ProducesValidationProblem(422);
    }
}
