using HoaNhap.Web.Shared.ReadReplica;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Transfers;

public sealed record TransferDto(Guid Id, Guid CaseId, Guid PersonId, string Status,
    string FromProvinceCode, string FromCommuneCode, string ToProvinceCode, string ToCommuneCode,
    string FromAddress, string NewAddress, string Reason, string ConsentAuthority, string LegalBasisVersion, string LegalSource,
    DateOnly RequestedOn, string RequestedBy, DateOnly? ConsentedOn, string? ConsentedBy, string? ConsentNumber,
    DateOnly? SentOn, DateOnly? HandOverDueOn, DateOnly? ReceiverDueOn, Guid? NoticeFileItemId,
    DateOnly? AcknowledgedOn, string? AcknowledgedBy, string? MovedSummary,
    DateOnly? RefusedOn, string? RefusedBy, string? RefusalReason, long Version)
{
    public static TransferDto From(CaseTransfer t) => new(t.Id, t.CaseId, t.PersonId, t.Status.ToString(),
        t.ProvinceCode, t.CommuneCode, t.ToProvinceCode, t.ToCommuneCode, t.FromAddress, t.NewAddress, t.Reason,
        t.ConsentAuthority.ToString(), t.LegalBasisVersion, t.LegalSource, t.RequestedOn, t.RequestedBy,
        t.ConsentedOn, t.ConsentedBy, t.ConsentNumber, t.SentOn, t.HandOverDueOn, t.ReceiverDueOn, t.NoticeFileItemId,
        t.AcknowledgedOn, t.AcknowledgedBy, t.MovedSummary, t.RefusedOn, t.RefusedBy, t.RefusalReason, t.Version);
}

public static class TransfersApi
{
    public static void MapTransfersApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Thay đổi nơi cư trú, chuyển hồ sơ");
        g.MapGet("/cases/{id:guid}/transfers", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                if (await CaseLookup.FindAsync(db, http.Me(), id, ct) is null) return ApiResults.NotFound();
                return Results.Ok((await TransferCommands.ForCaseAsync(db, id, ct)).Select(TransferDto.From).ToList());
            })
            .WithSummary("Các lần thay đổi nơi cư trú, chuyển hồ sơ của hồ sơ này.")
            .Produces<List<TransferDto>>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        g.MapPost("/cases/{id:guid}/transfers", async (Guid id, TransferRequestInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await TransferCommands.RequestAsync(db, http.Me(), id, input, ct),
                    t => Results.Created($"/api/v1/transfers/{t.Id}", TransferDto.From(t))))
            .WithSummary("Ghi nhận đề nghị thay đổi nơi cư trú: {\"toProvinceCode\",\"toCommuneCode\",\"newAddress\",\"reason\",\"requestedOn\"}. "
                + "Trả lời cho biết cơ quan có thẩm quyền đồng ý (Công an cấp xã trong tỉnh, Công an cấp tỉnh khi ra ngoài tỉnh).")
            .Produces<TransferDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapGet("/transfers", async (string? direction, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await TransferCommands.ListAsync(db, http.Me(), direction, ct), l => Results.Ok(l.Select(TransferDto.From).ToList())))
            .WithSummary("Hồ sơ chuyển đến (direction=incoming, mặc định) hoặc chuyển đi (direction=outgoing) của đơn vị mình; cả hai bên đều giữ bản ghi.")
            .Produces<List<TransferDto>>().ProducesValidationProblem().ProducesProblem(403)
            .ReadOnlyWork()
            .ReadsPersonalDataList<CaseTransfer>();
        g.MapGet("/transfers/{transferId:guid}", async (Guid transferId, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await TransferCommands.FindAsync(db, http.Me(), transferId, ct) is { } t ? Results.Ok(TransferDto.From(t)) : ApiResults.NotFound())
            .WithSummary("Một lần chuyển hồ sơ (bên chuyển đi và bên nhận đều xem được).")
            .Produces<TransferDto>().ProducesProblem(404)
            .ReadsPersonalData<CaseTransfer>("transferId");
        g.MapPost("/transfers/{transferId:guid}/consent", async (Guid transferId, TransferConsentInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await TransferCommands.ConsentAsync(db, http.Me(), transferId, input, ct), t => Results.Ok(TransferDto.From(t))))
            .WithSummary("Cơ quan có thẩm quyền đồng ý thay đổi nơi cư trú {\"consentedOn\",\"consentNumber\"}: hồ sơ được gửi kèm văn bản chuyển giao (.docx).")
            .Produces<TransferDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/transfers/{transferId:guid}/acknowledge", async (Guid transferId, TransferAcknowledgeInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await TransferCommands.AcknowledgeAsync(db, http.Me(), transferId, input, ct), t => Results.Ok(TransferDto.From(t))))
            .WithSummary("Công an xã nơi cư trú mới tiếp nhận {\"acknowledgedOn\"}: hồ sơ, người chấp hành án và toàn bộ dữ liệu kèm theo chuyển sang xã mới.")
            .Produces<TransferDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/transfers/{transferId:guid}/refuse", async (Guid transferId, TransferRefuseInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await TransferCommands.RefuseAsync(db, http.Me(), transferId, input, ct), t => Results.Ok(TransferDto.From(t))))
            .WithSummary("Từ chối {\"refusedOn\",\"reason\"}: cơ quan có thẩm quyền không đồng ý (khi chờ đồng ý) hoặc nơi cư trú mới từ chối tiếp nhận (khi đã gửi); hồ sơ ở lại.")
            .Produces<TransferDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }
}
