using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Programmes;

public sealed record TrainingDto(Guid Id, string ProvinceCode, string CommuneCode, DateOnly HeldOn, string Organiser, string Topic, string UnitsTrained, int PeopleTrained);

public sealed record AwarenessDto(Guid Id, string ProvinceCode, string CommuneCode, DateOnly HeldOn, string Channel, string Audience, int Reached, string Materials);

public sealed record CommendationDto(Guid Id, string ProvinceCode, string CommuneCode, Guid? PersonId, string CommendedName, string Achievement,
    DateOnly ProposedOn, string ProposedBy, string Status, DateOnly? DecidedOn, string? GrantedBy, string? DecisionNumber);

public sealed record BudgetItemDto(string Item, long Planned, long? Spent);

public sealed record BudgetDto(Guid Id, string ProvinceCode, string CommuneCode, int Year, List<BudgetItemDto> Items, long PlannedTotal, long? SpentTotal, DateOnly? SettledOn);

public static class ProgrammesApi
{
    static BudgetDto Dto(BudgetPlan p) => new(p.Id, p.ProvinceCode, p.CommuneCode, p.Year, p.Items.Select(i => new BudgetItemDto(i.Item, i.Planned, i.Spent)).ToList(),
        p.Planned, p.SettledOn is null ? null : p.Spent, p.SettledOn);

    static CommendationDto Dto(Commendation c) => new(c.Id, c.ProvinceCode, c.CommuneCode, c.PersonId, c.CommendedName, c.Achievement,
        c.ProposedOn, c.ProposedBy, c.Status.ToString(), c.DecidedOn, c.GrantedBy, c.DecisionNumber);

    static AwarenessDto Dto(AwarenessActivity a) => new(a.Id, a.ProvinceCode, a.CommuneCode, a.HeldOn, a.Channel.ToString(), a.Audience, a.Reached, a.Materials);

    static TrainingDto Dto(TrainingSession t) => new(t.Id, t.ProvinceCode, t.CommuneCode, t.HeldOn, t.Organiser, t.Topic, t.UnitsTrained, t.PeopleTrained);

    public static void MapProgrammesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/programmes").WithTags("Chương trình, kế hoạch");
        g.MapGet("/training-sessions", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await TrainingCommands.ListAsync(db, http.Me(), ct), l => Results.Ok(l.Select(Dto).ToList())))
            .WithSummary("Sổ theo dõi tập huấn: cán bộ Công an tỉnh — của tỉnh; cán bộ, lãnh đạo xã — của xã.")
            .Produces<List<TrainingDto>>().ProducesProblem(403)
            .NoPersonalData();
        g.MapPost("/training-sessions", async (TrainingInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await TrainingCommands.CreateAsync(db, http.Me(), input, ct), t => Results.Created($"/api/v1/programmes/training-sessions/{t.Id}", Dto(t))))
            .WithSummary("Ghi nhận buổi tập huấn: {\"communeCode\" (cán bộ tỉnh),\"heldOn\",\"organiser\",\"topic\",\"unitsTrained\",\"peopleTrained\"}. "
                + "Được tính vào chỉ tiêu “xã, phường được tập huấn”. Ngày sau hôm nay: 422.")
            .Produces<TrainingDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403);
        g.MapGet("/awareness-activities", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await AwarenessCommands.ListAsync(db, http.Me(), ct), l => Results.Ok(l.Select(Dto).ToList())))
            .WithSummary("Sổ theo dõi hoạt động tuyên truyền: cán bộ Công an tỉnh — của tỉnh; cán bộ, lãnh đạo xã — của xã.")
            .Produces<List<AwarenessDto>>().ProducesProblem(403)
            .NoPersonalData();
        g.MapPost("/awareness-activities", async (AwarenessInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await AwarenessCommands.CreateAsync(db, http.Me(), input, ct), a => Results.Created($"/api/v1/programmes/awareness-activities/{a.Id}", Dto(a))))
            .WithSummary("Ghi nhận hoạt động tuyên truyền: {\"communeCode\" (cán bộ tỉnh),\"heldOn\",\"channel\":\"Meeting|Loudspeaker|Print|Online|SocialMedia|Other\",\"audience\",\"reached\",\"materials\"}. Ngày sau hôm nay: 422.")
            .Produces<AwarenessDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403);
    
        g.MapGet("/commendations", async (int? year, string? status, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                CommendationStatus? st = null;
                if (!string.IsNullOrEmpty(status))
                {
                    if (!Enum.TryParse<CommendationStatus>(status, true, out var parsed) || !Enum.IsDefined(parsed))
                        return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Kết quả khen thưởng phải là Proposed, Granted hoặc NotGranted."] });
                    st = parsed;
                }
                return ApiResults.From(await CommendationCommands.ListAsync(db, http.Me(), year, st, ct), l => Results.Ok(l.Select(Dto).ToList()));
            })
            .WithSummary("Sổ theo dõi khen thưởng (lọc theo ?year= và ?status=Proposed|Granted|NotGranted): cán bộ Công an tỉnh — của tỉnh; cán bộ, lãnh đạo xã — của xã.")
            .Produces<List<CommendationDto>>().ProducesValidationProblem().ProducesProblem(403)
            .ReadsPersonalDataList<Domain.Programmes.Commendation>();
        g.MapPost("/commendations", async (CommendationInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await CommendationCommands.CreateAsync(db, http.Me(), input, ct), c => Results.Created($"/api/v1/programmes/commendations/{c.Id}", Dto(c))))
            .WithSummary("Ghi nhận đề nghị khen thưởng: {\"communeCode\" (cán bộ tỉnh; để trống: cấp tỉnh),\"personId\" (tùy chọn),\"commendedName\",\"achievement\",\"proposedOn\",\"proposedBy\"}. Ngày sau hôm nay: 422.")
            .Produces<CommendationDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403);
        g.MapPost("/commendations/{id:guid}/decision", async (Guid id, CommendationDecisionInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await CommendationCommands.DecideAsync(db, http.Me(), id, input, ct), c => Results.Ok(Dto(c))))
            .WithSummary("Ghi nhận kết quả khen thưởng: {\"granted\":true|false,\"decidedOn\",\"grantedBy\",\"decisionNumber\"} (cơ quan và số quyết định bắt buộc khi được khen thưởng). Đã có kết quả hoặc ngày không hợp lệ: 422.")
            .Produces<CommendationDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    
        g.MapGet("/budgets", async (int? year, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await BudgetCommands.ListAsync(db, http.Me(), year ?? db.Today.Year, ct), l => Results.Ok(l.Select(Dto).ToList())))
            .WithSummary("Kinh phí năm (?year=, mặc định năm nay): dự toán và quyết toán theo từng khoản, tổng cộng; cán bộ Công an tỉnh — của tỉnh; cán bộ, lãnh đạo xã — của xã.")
            .Produces<List<BudgetDto>>().ProducesProblem(403)
            .NoPersonalData();
        g.MapPut("/budgets/{year:int}", async (int year, BudgetInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await BudgetCommands.PlanAsync(db, http.Me(), year, input, ct), p => Results.Ok(Dto(p))))
            .WithSummary("Lập dự toán kinh phí năm: {\"communeCode\" (cán bộ tỉnh; để trống: cấp tỉnh),\"items\":[{\"item\",\"amount\"}]} (đồng). Mỗi đơn vị một dự toán mỗi năm: lập lần thứ hai 422.")
            .Produces<BudgetDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403);
        g.MapPut("/budgets/{year:int}/settlement", async (int year, BudgetInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await BudgetCommands.SettleAsync(db, http.Me(), year, input, ct), p => Results.Ok(Dto(p))))
            .WithSummary("Quyết toán kinh phí năm: {\"communeCode\",\"settledOn\",\"items\":[{\"item\",\"amount\"}]} — số tiền đã chi cho mọi khoản của dự toán. Chưa có dự toán: 404; ngày quyết toán trước năm hoặc sau hôm nay: 422.")
            .Produces<BudgetDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }
}
