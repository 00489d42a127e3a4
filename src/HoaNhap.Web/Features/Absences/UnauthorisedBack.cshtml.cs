using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>The person away without permission is back: the day is recorded once.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class UnauthorisedBackModel(HoaNhapDbContext db) : CaseFormPage<UnauthorisedBackInput, UnauthorisedAbsence>(db)
{
    [BindProperty(SupportsGet = true)] public Guid AbsenceId { get; set; }
    public UnauthorisedAbsence Absence { get; private set; } = null!;

    protected override string Section => CasePage.Absences;
    protected override bool ConfirmInSection => false;
    protected override string AfterSave(Guid caseId, UnauthorisedAbsence result) => $"/Absences/Unauthorised/{caseId}";
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input.BackOn = Display.Date(Today);

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<UnauthorisedAbsence>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == AbsenceId && x.CaseId == c.Id, ct) is not { } a) return false;
        Absence = a;
        return true;
    }

    protected override Task<Outcome<UnauthorisedAbsence>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        UnauthorisedAbsenceCommands.BackAsync(Db, me, caseId, AbsenceId, Input, ct);
    protected override string Done(UnauthorisedAbsence a) => $"Đã ghi nhận người chấp hành án có mặt trở lại ngày {Display.Date(a.BackOn)}.";
}
