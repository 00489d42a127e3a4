using HoaNhap.Data;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>Refusal with a reason: consent refused (while requested) or the receiving commune refuses (once sent). The case stays.</summary>
public sealed class RefuseModel(HoaNhapDbContext db) : TransferStepPage<TransferRefuseInput>(db)
{
    protected override bool May(CurrentUser me, CaseTransfer transfer) => TransferCommands.MayRefuse(me, transfer);
    protected override TransferRefuseInput Start(string today) => new() { RefusedOn = today };
    protected override Task<Outcome<CaseTransfer>> TakeAsync(HoaNhapDbContext db, CurrentUser me, Guid id, TransferRefuseInput input, CancellationToken ct) =>
        TransferCommands.RefuseAsync(db, me, id, input, ct);
    protected override (string Message, string Next) Done(CaseTransfer t) => ("Đã ghi nhận việc từ chối; hồ sơ ở lại nơi cư trú hiện tại.", $"/Transfers/Details/{t.Id}");
}
