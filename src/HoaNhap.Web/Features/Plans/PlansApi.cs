using HoaNhap.Data;
using HoaNhap.Domain.Plans;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;

namespace HoaNhap.Web.Features.Plans;

public sealed record PlanDto(Guid Id, string Number, string Title, DateOnly IssuedOn, string Level, string CommuneCode, string UnitName,
    int Tasks, int Done, int Overdue);

public sealed record TaskFigureDto(string Key, string Name, string Value, long Numerator, long? Denominator, string Period);

public sealed record PlanTaskDto(Guid Id, Guid PlanId, string Body, string BodyTitle, string Description, DateOnly DueOn, string Status,
    string StatusTitle, bool Overdue, string? Result, DateOnly? ReportedOn, string? ReportedBy, TaskFigureDto? Figure);

public static class PlansApi
{
    public static void MapPlansApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/plans").WithTags("Kế hoạch và nhiệm vụ của các cơ quan");
        g.MapGet("", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PlanQueries.ListAsync(db, http.Me(), ct), l => Results.Ok(l.Select(r => ToDto(r)).ToList())))
            .WithSummary("Kế hoạch của đơn vị người gọi (cán bộ tỉnh: của tỉnh và các xã); cơ quan, tổ chức phối hợp chỉ thấy kế hoạch có nhiệm vụ giao cho mình, "
                + "số nhiệm vụ đếm trên nhiệm vụ của mình.")
            .Produces<List<PlanDto>>().ProducesProblem(403)
            .NoPersonalData();
        g.MapPost("", async (PlanInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PlanCommands.CreateAsync(db, http.Me(), input, ct),
                    p => Results.Created($"/api/v1/plans/{p.Id}/tasks", ToDto(new PlanRow(p, "", 0, 0, 0)))))
            .WithSummary("Lập kế hoạch của đơn vị người gọi {\"number\",\"title\",\"issuedOn\":\"dd/MM/yyyy\"} (Công an tỉnh: kế hoạch của tỉnh; Công an xã, UBND xã: của xã).")
            .Produces<PlanDto>(201).ProducesValidationProblem().ProducesProblem(403);
        g.MapGet("/{id:guid}/tasks", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var found = await PlanQueries.FindAsync(db, http.Me(), id, ct);
                if (!found.Succeeded) return ApiResults.From(found, _ => Results.Ok());
                var (row, tasks) = found.Value;
                var figures = await PlanQueries.FiguresAsync(db, row.Plan, tasks, ct);
                return Results.Ok(tasks.Select(t => ToDto(t, figures.GetValueOrDefault(t.Id), db.Today)).ToList());
            })
            .WithSummary("Nhiệm vụ của kế hoạch (cơ quan, tổ chức phối hợp: chỉ nhiệm vụ của mình), với số liệu tổng hợp nhiệm vụ cần (không có thông tin cá nhân).")
            .Produces<List<PlanTaskDto>>().ProducesProblem(403).ProducesProblem(404)
            .NoPersonalData();
        g.MapPost("/{id:guid}/tasks", async (Guid id, PlanTaskInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PlanCommands.AddTaskAsync(db, http.Me(), id, input, ct),
                    t => Results.Created($"/api/v1/plans/{id}/tasks", ToDto(t, null, db.Today))))
            .WithSummary("Giao nhiệm vụ {\"body\":\"WomensUnion|YouthUnion|SocialPolicyBank|…\",\"description\",\"dueOn\":\"dd/MM/yyyy\",\"indicator\":\"mã chỉ tiêu (không bắt buộc)\"}; "
                + "hạn trước ngày ban hành kế hoạch → 422.")
            .Produces<PlanTaskDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{id:guid}/tasks/{taskId:guid}/report", async (Guid id, Guid taskId, PlanTaskReportInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PlanCommands.ReportAsync(db, http.Me(), id, taskId, input, ct), t => Results.Ok(ToDto(t, null, db.Today))))
            .WithSummary("Cơ quan, tổ chức báo cáo kết quả nhiệm vụ của mình {\"on\":\"dd/MM/yyyy\",\"result\",\"done\":true|false}; nhiệm vụ đã hoàn thành → 422.")
            .Produces<PlanTaskDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }

    static PlanDto ToDto(PlanRow r) => new(r.Plan.Id, r.Plan.Number, r.Plan.Title, r.Plan.IssuedOn, r.Plan.IsProvincePlan ? "Province" : "Commune",
        r.Plan.CommuneCode, r.UnitName, r.Tasks, r.Done, r.Overdue);

    static PlanTaskDto ToDto(PlanTask t, TaskFigure? f, DateOnly today) => new(t.Id, t.PlanId, t.Body.ToString(), PlanText.Body(t.Body), t.Description,
        t.DueOn, t.Status.ToString(), PlanText.Status(t.Status), t.OverdueOn(today), t.Result, t.ReportedOn, t.ReportedBy,
        f is null ? null : new TaskFigureDto(f.Key, f.Name, f.Text, f.Numerator, f.Denominator, f.Period));
}
