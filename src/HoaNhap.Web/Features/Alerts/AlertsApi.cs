using HoaNhap.Data;
using HoaNhap.Domain.Alerts;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;

namespace HoaNhap.Web.Features.Alerts;

public sealed record AlertDto(Guid Id, string Kind, Guid CaseId, Guid PersonId, DateOnly? DueOn, string Status);

public sealed record AlertStepDto(string Step, DateOnly On, DateOnly DueOn, bool OnTime, string? Action, string Note, string ByName);

public sealed record AlertDetailDto(Guid Id, string Kind, string KindTitle, Guid CaseId, Guid PersonId, string PersonName, string CommuneCode,
    DateOnly RaisedOn, string Title, string Status, string StatusTitle, string? NextStep, DateOnly? DueOn, bool Overdue, List<AlertStepDto> Steps);

public static class AlertsApi
{
    public static void MapAlertsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/alerts").WithTags("Cảnh báo");
        g.MapGet("", async (string? status, string? commune, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await AlertQueries.ListAsync(db, http.Me(), status, commune, ct),
                    l => Results.Ok(l.Select(r => ToDto(r.Alert)).ToList())))
            .WithSummary("Cảnh báo (không điểm danh, không nộp bản tự nhận xét, vắng mặt không xin phép, vắng mặt quá hạn, dấu hiệu vi phạm) trong phạm vi người gọi: "
                + "status=Active (mặc định: chưa kết thúc), Overdue (quá hạn, đã chuyển Công an tỉnh), All, Open, Verified, Disposed, Closed; commune=mã xã (cán bộ tỉnh).")
            .Produces<List<AlertDto>>().ProducesValidationProblem().ProducesProblem(403)
            .ReadsPersonalDataList<Alert>();
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                if (!http.Me().May(Domain.Access.Act.SeeAlerts)) return Results.Problem(statusCode: 403, title: "Bạn không có quyền xem cảnh báo.");
                return await AlertQueries.FindAsync(db, http.Me(), id, ct) is { } found ? Results.Ok(ToDetail(found.Row, found.Steps, db.Today)) : ApiResults.NotFound();
            })
            .WithSummary("Một cảnh báo với sổ theo dõi: xác minh, xử lý, theo dõi kết quả; bước tiếp theo và hạn.")
            .Produces<AlertDetailDto>().ProducesProblem(403).ProducesProblem(404)
            .ReadsPersonalData<Alert>();
        g.MapPost("/{id:guid}/steps", async (Guid id, AlertStepInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await AlertCommands.RecordStepAsync(db, http.Me(), await rules.ParametersAsync(ct), id, input, ct), a => Results.Ok(ToDto(a))))
            .WithSummary("Cán bộ Công an xã ghi bước tiếp theo của cảnh báo {\"step\":\"Verify|Dispose|FollowUp\",\"on\",\"note\"} (Dispose thêm \"action\": "
                + "Reminder|Summons|Visit|ReprimandProposal|Other); sai thứ tự bước → 422.")
            .Produces<AlertDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }

    public static AlertDto ToDto(Alert a) => new(a.Id, a.Kind.ToString(), a.CaseId, a.PersonId, a.DueOn, a.Status.ToString());

    static AlertDetailDto ToDetail(AlertRow r, List<AlertStep> steps, DateOnly today) => new(r.Alert.Id, r.Alert.Kind.ToString(), AlertText.Kind(r.Alert.Kind),
        r.Alert.CaseId, r.Alert.PersonId, r.PersonName, r.Alert.CommuneCode, r.Alert.RaisedOn, r.Alert.Title, r.Alert.Status.ToString(),
        AlertText.Status(r.Alert.Status), r.Alert.NextStep?.ToString(), r.Alert.DueOn, r.Alert.OverdueOn(today),
        steps.Select(s => new AlertStepDto(s.Step.ToString(), s.On, s.DueOn, s.OnTime, s.Action?.ToString(), s.Note, s.ByName)).ToList());
}
