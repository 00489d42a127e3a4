using HoaNhap.Data;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>Ghi điểm danh, kiểm diện hoặc triệu tập, với việc người chấp hành án có mặt hay không (officers).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CheckInModel(HoaNhapDbContext db, RuleBook book) : CaseRecordPage<CheckInInput, CheckIn>(db, book)
{
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() { Input.On = Display.Date(Display.Today); Input.Kind = nameof(CheckInKind.CheckIn); }
    protected override Task<Outcome<CheckIn>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        SupervisionRecordCommands.RecordCheckInAsync(Db, me, caseId, Input, ct);
    protected override string Done(CheckIn r) =>
        $"Đã ghi {SupervisionText.Kind(r.Kind).ToLowerInvariant()} ngày {Display.Date(r.On)}: {(r.Attended ? "có mặt" : "vắng mặt")}.";
}
