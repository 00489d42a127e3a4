using HoaNhap.Data;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>The competent body consents (LTHAHS 2019 Điều 68 khoản 2 điểm b as amended); the notice is issued and sent.</summary>
public sealed class ConsentModel(HoaNhapDbContext db) : TransferStepPage<TransferConsentInput>(db)
{
    protected override bool May(CurrentUser me, CaseTransfer transfer) => TransferCommands.MayConsent(me, transfer);
    protected override TransferConsentInput Start(string today) => new() { ConsentedOn = today };
    protected override Task<Outcome<CaseTransfer>> TakeAsync(HoaNhapDbContext db, CurrentUser me, Guid id, TransferConsentInput input, CancellationToken ct) =>
        TransferCommands.ConsentAsync(db, me, id, input, ct);
    protected override (string Message, string Next) Done(CaseTransfer t) => ($"Đã đồng ý và gửi thông báo chuyển giao hồ sơ. Hạn chuyển giao hồ sơ: {Display.Date(t.HandOverDueOn)}.", $"/Transfers/Details/{t.Id}");
}
