using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>The supervisor's periodic assessment, a short form made for a phone.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class AssessmentModel(HoaNhapDbContext db, RuleBook book) : CaseRecordPage<AssessmentInput, SupervisorAssessment>(db, book)
{
    protected override bool MayAct(CurrentUser me) => me.Role == Roles.Supervisor;
    protected override void Prefill() => Input.On = Display.Date(Today);
    protected override Task<Outcome<SupervisorAssessment>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        SupervisionRecordCommands.RecordAssessmentAsync(Db, me, caseId, Input, ct);
    protected override string Done(SupervisorAssessment r) => $"Đã gửi nhận xét ngày {Display.Date(r.On)}: {SupervisionText.Rating(r.Rating)}.";
}
