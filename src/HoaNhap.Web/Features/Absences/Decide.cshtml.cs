using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>The commune People's Committee's decision on an absence application (commune officer or leader).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class DecideModel(HoaNhapDbContext db, RuleBook rules, HoaNhap.Domain.Notifications.QuietHours quiet) : CaseFormPage<AbsenceDecisionInput, AbsencePermission>(db)
{
    [BindProperty(SupportsGet = true)] public Guid RequestId { get; set; }
    public AbsencePermission Absence { get; private set; } = null!;

    protected override string Section => CasePage.Absences;
    protected override bool MayAct(CurrentUser me) => me.AssignsSupervisors;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<AbsencePermission>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == RequestId && x.CaseId == c.Id, ct) is not { } a) return false;
        Absence = a;
        return true;
    }

    protected override void Prefill() => Input.DecidedOn = Display.Date(Today);
    protected override Task<Outcome<AbsencePermission>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        AbsenceCommands.DecideAsync(Db, me, rules, caseId, RequestId, Input, ct, quiet);
    protected override string Done(AbsencePermission a) => a.Status == AbsenceStatus.Approved
        ? $"Đã ghi nhận quyết định đồng ý; người chấp hành án phải trình diện chậm nhất ngày {Display.Date(a.ReturnDueOn)}."
        : "Đã ghi nhận quyết định không đồng ý.";
}
