using HoaNhap.Data;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>The receiving commune checks the transfer and acknowledges it: the case and everything with it move.</summary>
public sealed class AcknowledgeModel(HoaNhapDbContext db) : TransferStepPage<TransferAcknowledgeInput>(db)
{
    protected override bool May(CurrentUser me, CaseTransfer transfer) => TransferCommands.MayAcknowledge(me, transfer);
    protected override TransferAcknowledgeInput Start(string today) => new() { AcknowledgedOn = today };
    protected override Task<Outcome<CaseTransfer>> TakeAsync(HoaNhapDbContext db, CurrentUser me, Guid id, TransferAcknowledgeInput input, CancellationToken ct) =>
        TransferCommands.AcknowledgeAsync(db, me, id, input, ct);
    protected override (string Message, string Next) Done(CaseTransfer t) => ("Đã tiếp nhận hồ sơ. Hãy phân công người giám sát, giáo dục của xã, phường mình.", $"/Cases/Details/{t.CaseId}");
}
