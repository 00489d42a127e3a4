using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.ReintegrationModels;

public sealed record ModelDto(Guid Id, string ProvinceCode, string CommuneCode, string Name, DateOnly EstablishedOn, string? DecisionNumber, DateOnly? DecisionDate,
    string Lead, string Goal, bool Active, DateOnly? StoppedOn, string? StopReason);

public sealed record ModelRowDto(ModelDto Model, string CommuneName, int Members, int ReturneeMembers, int Activities, DateOnly? LastActivityOn);

public sealed record MemberDto(Guid Id, Guid ModelId, string Role, Guid? CaseId, Guid? PersonId, string Name, string? Note, DateOnly JoinedOn, DateOnly? LeftOn);

public sealed record ActivityDto(Guid Id, Guid ModelId, DateOnly HeldOn, string Content, int Participants, int ReturneesHelped, string? Result);

public sealed record ModelDetailsDto(ModelDto Model, string CommuneName, List<MemberDto> Members, List<ActivityDto> Activities);

public sealed record ExemplaryDto(Guid Id, Guid CaseId, Guid PersonId, string CommuneCode, DateOnly RecognisedOn, string RecognisedBy, string? DecisionNumber,
    string Achievements, string Evidence, Guid? EvidenceFileId);

public sealed record CoverageDto(string ProvinceCode, string CommuneCode, string CommuneName, int Returnees, int ActiveModels, int ExemplaryIndividuals,
    string Verdict, string VerdictText, bool Applies, bool Met, int Threshold, int MissingModels, int MissingExemplary, List<string> Missing, string Because);

public sealed record CommuneCoverageDto(CoverageDto Coverage, List<ModelDto> Models, List<ExemplaryPersonDto> Exemplary);

public sealed record ExemplaryPersonDto(Guid Id, Guid CaseId, Guid PersonId, string FullName, DateOnly RecognisedOn, string RecognisedBy);

public static class ReintegrationModelsApi
{
    static ModelDto Dto(ReintegrationModel m) => new(m.Id, m.ProvinceCode, m.CommuneCode, m.Name, m.EstablishedOn, m.DecisionNumber, m.DecisionDate,
        m.Lead.ToString(), m.Goal, m.StoppedOn is null, m.StoppedOn, m.StopReason);

    static MemberDto Dto(ReintegrationModelMember m) => new(m.Id, m.ModelId, m.Role.ToString(), m.CaseId, m.PersonId, m.Name, m.Note, m.JoinedOn, m.LeftOn);

    static ActivityDto Dto(ReintegrationModelActivity a) => new(a.Id, a.ModelId, a.HeldOn, a.Content, a.Participants, a.ReturneesHelped, a.Result);

    static ExemplaryDto Dto(ExemplaryIndividual x) => new(x.Id, x.CaseId, x.PersonId, x.CommuneCode, x.RecognisedOn, x.RecognisedBy.ToString(), x.DecisionNumber,
        x.Achievements, x.Evidence, x.EvidenceFileId);

    static CoverageDto Dto(string province, string commune, string name, int returnees, int models, int exemplary, Domain.Rules.ModelCoverageResult r) =>
        new(province, commune, name, returnees, models, exemplary, r.Verdict.ToString(), r.Text, r.Applies, r.Met, r.Threshold, r.MissingModels, r.MissingExemplary,
            r.Missing.ToList(), r.Because);

    public static void MapReintegrationModelsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/models").WithTags("Mô hình tái hòa nhập cộng đồng");
        g.MapGet("", async (string? communeCode, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ModelCommands.ListAsync(db, http.Me(), communeCode, ct), l => Results.Ok(l.Select(r =>
                    new ModelRowDto(Dto(r.Model), r.CommuneName, r.Members, r.Returnees, r.Activities, r.LastActivityOn)).ToList())))
            .WithSummary("Sổ mô hình tái hòa nhập cộng đồng (?communeCode=): cán bộ Công an tỉnh — của tỉnh; cán bộ Công an xã, lãnh đạo UBND xã — của xã.")
            .Produces<List<ModelRowDto>>().ProducesProblem(403)
            .ReadsPersonalDataList<ReintegrationModel>();
        g.MapGet("/list.xlsx", async (string? communeCode, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ModelCommands.ListAsync(db, http.Me(), communeCode, ct),
                    l => Results.File(ModelCommands.Xlsx(l), XlsxExport.ContentType, $"mo-hinh-tai-hoa-nhap-{db.Today:yyyy-MM-dd}.xlsx")))
            .WithSummary("Sổ mô hình tái hòa nhập cộng đồng dạng .xlsx (cùng phạm vi với danh sách).")
            .Produces(200, contentType: XlsxExport.ContentType).ProducesProblem(403)
            .ReadsPersonalDataList<ReintegrationModel>();
        g.MapPost("", async (ModelInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ModelCommands.CreateAsync(db, http.Me(), input, ct), m => Results.Created($"/api/v1/models/{m.Id}", Dto(m))))
            .WithSummary("Đăng ký mô hình: {\"communeCode\" (cán bộ tỉnh),\"name\",\"establishedOn\",\"decisionNumber\",\"decisionDate\",\"lead\":"
                + "\"CommunePolice|CommuneCommittee|FatherlandFront|WomenUnion|YouthUnion|VeteransAssociation|FarmersAssociation|Other\",\"goal\"}. Ngày sau hôm nay: 400.")
            .Produces<ModelDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403);
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ModelCommands.GetAsync(db, http.Me(), id, ct), v => Results.Ok(new ModelDetailsDto(Dto(v.Model), v.CommuneName,
                    v.Members.Select(Dto).ToList(), v.Activities.Select(Dto).ToList()))))
            .WithSummary("Một mô hình với thành viên và nhật ký hoạt động.")
            .Produces<ModelDetailsDto>().ProducesProblem(403).ProducesProblem(404)
            .ReadsPersonalData<ReintegrationModel>();
        g.MapPut("/{id:guid}", async (Guid id, ModelInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ModelCommands.UpdateAsync(db, http.Me(), id, input, ct), m => Results.Ok(Dto(m))))
            .WithSummary("Sửa thông tin mô hình (cùng các trường khi đăng ký); ngừng hoạt động: thêm {\"stoppedOn\",\"stopReason\"}. Mô hình đã ngừng không hoạt động lại: 422.")
            .Produces<ModelDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{id:guid}/members", async (Guid id, MemberInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ModelCommands.AddMemberAsync(db, http.Me(), id, input, ct), m => Results.Created($"/api/v1/models/{id}", Dto(m))))
            .WithSummary("Thêm thành viên: {\"role\":\"Returnee\",\"caseId\"} (hồ sơ tái hòa nhập cùng xã) hoặc {\"role\":\"Officer|MassOrganisation|Family|Businessperson|Other\",\"name\"}; "
                + "cùng {\"note\",\"joinedOn\"}. Mô hình đã ngừng, người đang là thành viên, hồ sơ không còn quản lý: 422.")
            .Produces<MemberDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{id:guid}/members/{memberId:guid}/end", async (Guid id, Guid memberId, MemberEndInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ModelCommands.EndMemberAsync(db, http.Me(), id, memberId, input, ct), m => Results.Ok(Dto(m))))
            .WithSummary("Thành viên thôi tham gia: {\"leftOn\"}. Đã thôi tham gia hoặc ngày trước ngày tham gia: 422.")
            .Produces<MemberDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{id:guid}/activities", async (Guid id, ActivityInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ModelCommands.AddActivityAsync(db, http.Me(), id, input, ct), a => Results.Created($"/api/v1/models/{id}", Dto(a))))
            .WithSummary("Ghi nhật ký hoạt động: {\"heldOn\",\"content\",\"participants\",\"returneesHelped\",\"result\"}. Ngày sau hôm nay: 400; trước ngày thành lập hoặc sau ngày ngừng hoạt động: 422.")
            .Produces<ActivityDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);

        var cases = api.MapGroup("/cases/{id:guid}/reintegration").WithTags("Mô hình tái hòa nhập cộng đồng");
        cases.MapGet("/exemplary", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ExemplaryCommands.ListAsync(db, http.Me(), id, ct), l => Results.Ok(l.Select(Dto).ToList())))
            .WithSummary("Các lần người này được công nhận là cá nhân điển hình.")
            .Produces<List<ExemplaryDto>>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        cases.MapPost("/exemplary", async (Guid id, ExemplaryInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ExemplaryCommands.RecogniseAsync(db, http.Me(), id, input, null, null, ct), x => Results.Created($"/api/v1/cases/{id}/reintegration/exemplary", Dto(x))))
            .WithSummary("Ghi nhận cá nhân điển hình: {\"recognisedOn\",\"recognisedBy\":\"CommuneCommittee|CommunePolice|ProvincePolice|ProvinceCommittee|FatherlandFront|Other\","
                + "\"decisionNumber\",\"achievements\",\"evidence\",\"evidenceFileName\",\"evidenceFileBase64\"} (tệp JPEG, PNG, PDF tối đa 5 MB, lưu vào hồ sơ). "
                + "Hồ sơ không phải tái hòa nhập hoặc đã kết thúc: 422.")
            .Produces<ExemplaryDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);

        var communes = api.MapGroup("/communes").WithTags("Mô hình tái hòa nhập cộng đồng");
        communes.MapGet("/model-coverage", async (HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await ModelCoverageQueries.ForScopeAsync(db, rules, http.Me(), ct), l => Results.Ok(l.Select(r =>
                    Dto(r.ProvinceCode, r.CommuneCode, r.CommuneName, r.Returnees, r.ActiveModels, r.Exemplary, r.Result)).ToList())))
            .WithSummary("Chỉ tiêu “xã có từ 10 người chấp hành xong án phạt tù trở lên có ít nhất một mô hình và một cá nhân điển hình” của mọi xã trong tỉnh "
                + "(cán bộ xã: xã của mình); xã thuộc diện chưa đạt đứng đầu.")
            .Produces<List<CoverageDto>>().ProducesProblem(403)
            .NoPersonalData();
        communes.MapGet("/{code}/model-coverage", async (string code, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await ModelCoverageQueries.ForCommuneAsync(db, rules, http.Me(), code, ct), c => Results.Ok(new CommuneCoverageDto(
                    Dto(c.ProvinceCode, c.CommuneCode, c.CommuneName, c.Returnees, c.ActiveModels.Count, c.Exemplary.Count, c.Result),
                    c.ActiveModels.Select(Dto).ToList(),
                    c.Exemplary.Select(x => new ExemplaryPersonDto(x.Id, x.CaseId, x.PersonId, x.FullName, x.RecognisedOn, x.RecognisedBy.ToString())).ToList()))))
            .WithSummary("Một xã: số người chấp hành xong án phạt tù đang quản lý, mô hình đang hoạt động, cá nhân điển hình, kết luận Đạt / Chưa đạt / Không thuộc diện và còn thiếu gì.")
            .Produces<CommuneCoverageDto>().ProducesProblem(403).ProducesProblem(404)
            .ReadsPersonalData<Domain.Units.Commune>("code");
    }
}
