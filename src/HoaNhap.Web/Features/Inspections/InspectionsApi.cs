using HoaNhap.Data;
using HoaNhap.Domain.Inspections;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;

namespace HoaNhap.Web.Features.Inspections;

public sealed record RemedyDto(Guid Id, string Description, DateOnly DueOn, string ResponsibleUnit, bool Done, DateOnly? DoneOn, string? Result, bool Overdue);

public sealed record InspectionDto(Guid Id, string Kind, string KindTitle, string CommuneCode, string UnitName, string Reference, DateOnly ConductedOn,
    string Findings, string Status, DateOnly? ClosedOn, int Remedies, int RemediesDone, int RemediesOverdue);

public sealed record InspectionDetailDto(InspectionDto Inspection, List<RemedyDto> Remedies);

public static class InspectionsApi
{
    public static void MapInspectionsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/inspections").WithTags("Kiểm tra, kiến nghị, giám sát");
        g.MapGet("", async (string? status, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await InspectionQueries.ListAsync(db, http.Me(), status, ct), l => Results.Ok(l.Select(r => ToDto(r)).ToList())))
            .WithSummary("Sổ theo dõi kiểm tra của Công an tỉnh, kiến nghị của Viện kiểm sát, giám sát của Mặt trận Tổ quốc trong phạm vi người gọi: "
                + "status=Open (mặc định, đang theo dõi khắc phục), Closed, All.")
            .Produces<List<InspectionDto>>().ProducesValidationProblem().ProducesProblem(403)
            .NoPersonalData();
        g.MapPost("", async (InspectionInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await InspectionCommands.RecordAsync(db, http.Me(), input, ct),
                    i => Results.Created($"/api/v1/inspections/{i.Id}", ToDto(new InspectionRow(i, "", 0, 0, 0)))))
            .WithSummary("Ghi một cuộc kiểm tra, kiến nghị, giám sát {\"kind\":\"PoliceInspection|ProcuracyRecommendation|FrontSupervision\",\"communeCode\":\"mã xã hoặc trống (cấp tỉnh)\","
                + "\"reference\",\"conductedOn\":\"dd/MM/yyyy\",\"findings\"}. Viện kiểm sát chỉ ghi kiến nghị của mình (loại khác → 403).")
            .Produces<InspectionDto>(201).ProducesValidationProblem().ProducesProblem(403);
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await InspectionQueries.FindAsync(db, http.Me(), id, ct),
                    f => Results.Ok(new InspectionDetailDto(ToDto(f.Row), f.Remedies.Select(r => ToDto(r, db.Today)).ToList()))))
            .WithSummary("Một cuộc kiểm tra, kiến nghị, giám sát với các biện pháp khắc phục và tình trạng của từng biện pháp.")
            .Produces<InspectionDetailDto>().ProducesProblem(403).ProducesProblem(404)
            .NoPersonalData();
        g.MapPost("/{id:guid}/remedies", async (Guid id, RemedyInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await InspectionCommands.RequireAsync(db, http.Me(), id, input, ct), r => Results.Created($"/api/v1/inspections/{id}", ToDto(r, db.Today))))
            .WithSummary("Thêm biện pháp khắc phục {\"description\",\"dueOn\":\"dd/MM/yyyy\",\"responsibleUnit\"}; đã kết thúc hoặc hạn trước ngày kiểm tra → 422.")
            .Produces<RemedyDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{id:guid}/remedies/{remedyId:guid}/done", async (Guid id, Guid remedyId, RemedyDoneInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await InspectionCommands.DoneAsync(db, http.Me(), id, remedyId, input, ct), r => Results.Ok(ToDto(r, db.Today))))
            .WithSummary("Ghi nhận biện pháp đã khắc phục {\"on\":\"dd/MM/yyyy\",\"result\"} (Công an xã của đơn vị được kiểm tra, Công an tỉnh); đã ghi nhận → 422.")
            .Produces<RemedyDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{id:guid}/close", async (Guid id, InspectionCloseInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await InspectionCommands.CloseAsync(db, http.Me(), id, input, ct), i => Results.Ok(ToDto(new InspectionRow(i, "", 0, 0, 0)))))
            .WithSummary("Kết thúc theo dõi {\"on\":\"dd/MM/yyyy\"}: chỉ khi mọi biện pháp đã khắc phục (còn biện pháp chưa xong → 422).")
            .Produces<InspectionDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }

    static InspectionDto ToDto(InspectionRow r) => new(r.Inspection.Id, r.Inspection.Kind.ToString(), InspectionText.Kind(r.Inspection.Kind),
        r.Inspection.CommuneCode, r.UnitName, r.Inspection.Reference, r.Inspection.ConductedOn, r.Inspection.Findings, r.Inspection.Status.ToString(),
        r.Inspection.ClosedOn, r.Remedies, r.Done, r.Overdue);

    static RemedyDto ToDto(Remedy r, DateOnly today) => new(r.Id, r.Description, r.DueOn, r.ResponsibleUnit, r.IsDone, r.DoneOn, r.Result, r.OverdueOn(today));
}
