using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>
/// Ghi điểm danh, kiểm diện, triệu tập, thăm gặp hoặc liên lạc, với việc người chấp hành án có mặt (gặp được) hay không.
/// Officers, and the person's current supervisor (who does not issue summons); a phone form.
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CheckInModel(HoaNhapDbContext db, RuleBook book) : CaseRecordPage<CheckInInput, CheckIn>(db, book)
{
    /// <summary>The kinds this user records: a supervisor visits and calls, the police also summon.</summary>
    public IReadOnlyList<CheckInKind> Kinds => Me.Role == Roles.Supervisor
        ? [CheckInKind.CheckIn, CheckInKind.Visit, CheckInKind.Contact]
        : [CheckInKind.CheckIn, CheckInKind.Summons, CheckInKind.Visit, CheckInKind.Contact];

    protected override bool MayAct(CurrentUser me) => me.EditsRegistry || me.Role == Roles.Supervisor;
    protected override void Prefill()
    {
        Input.On = Display.Date(Today);
        Input.Kind = (Me.Role == Roles.Supervisor ? CheckInKind.Visit : CheckInKind.CheckIn).ToString();
    }
    protected override Task<Outcome<CheckIn>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        SupervisionRecordCommands.RecordCheckInAsync(Db, me, caseId, Input, ct);
    protected override string Done(CheckIn r) =>
        $"Đã ghi {SupervisionText.Kind(r.Kind).ToLowerInvariant()} ngày {Display.Date(r.On)}: {(r.Attended ? (r.Kind switch { CheckInKind.Visit => "gặp được", CheckInKind.Contact => "liên lạc được", _ => "có mặt" }) : (r.Kind switch { CheckInKind.Visit => "không gặp được", CheckInKind.Contact => "không liên lạc được", _ => "vắng mặt" }))}.";
}
