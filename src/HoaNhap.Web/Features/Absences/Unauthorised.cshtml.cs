using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Absences;

/// <summary>Vắng mặt không xin phép: the case's unauthorised absences and the form that records one (an alert is raised at once).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class UnauthorisedModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<UnauthorisedAbsenceInput, UnauthorisedRecorded>(db)
{
    public List<UnauthorisedAbsence> Absences { get; private set; } = [];

    protected override string Section => CasePage.Absences;
    protected override bool ConfirmInSection => false;
    protected override string AfterSave(Guid caseId, UnauthorisedRecorded result) => $"/Absences/Unauthorised/{caseId}";
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input.NoticedOn = Display.Date(Today);

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Absences = await UnauthorisedAbsenceCommands.ListAsync(Db, c, ct);
        return true;
    }

    protected override async Task<Outcome<UnauthorisedRecorded>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        await UnauthorisedAbsenceCommands.RecordAsync(Db, me, await rules.ParametersAsync(ct), caseId, Input, ct);

    protected override string Done(UnauthorisedRecorded r) =>
        $"Đã ghi nhận vắng mặt không xin phép ngày {Display.Date(r.Absence.NoticedOn)}. Cảnh báo đã được lập, cần xác minh trong hạn.";
}
