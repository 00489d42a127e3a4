using HoaNhap.Data;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>Ghi giờ lao động phục vụ cộng đồng (officers); the caps of BLHS 2015 Điều 36 khoản 4 refuse an entry beyond them.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class LabourModel(HoaNhapDbContext db, RuleBook book) : CaseRecordPage<LabourInput, CommunityLabourEntry>(db, book)
{
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input.On = Display.Date(Today);
    protected override async Task<Outcome<CommunityLabourEntry>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        await SupervisionRecordCommands.RecordLabourAsync(Db, me, await RulesAsync(ct), caseId, Input, ct);
    protected override string Done(CommunityLabourEntry r) => $"Đã ghi {r.Hours} giờ lao động phục vụ cộng đồng ngày {Display.Date(r.On)}.";
}
