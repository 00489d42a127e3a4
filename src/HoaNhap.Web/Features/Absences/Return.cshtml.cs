using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>The return check-in after an absence; a late return is offered as an obligation breach to record.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReturnModel(HoaNhapDbContext db) : CaseFormPage<AbsenceReturnInput, AbsencePermission>(db)
{
    [BindProperty(SupportsGet = true)] public Guid RequestId { get; set; }
    public AbsencePermission Absence { get; private set; } = null!;

    protected override string Section => CasePage.Absences;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<AbsencePermission>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == RequestId && x.CaseId == c.Id, ct) is not { } a) return false;
        Absence = a;
        return true;
    }

    protected override void Prefill() => Input.ReturnedOn = Display.Date(Today);
    protected override Task<Outcome<AbsencePermission>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        AbsenceCommands.ReturnAsync(Db, me, caseId, RequestId, Input, ct);
    protected override string Done(AbsencePermission a) => a.ReturnLate(Today)
        ? $"Đã ghi nhận trình diện ngày {Display.Date(a.ReturnedOn)}, muộn so với hạn {Display.Date(a.ReturnDueOn)}. Có thể ghi nhận vi phạm nghĩa vụ ở mục Vi phạm."
        : $"Đã ghi nhận trình diện ngày {Display.Date(a.ReturnedOn)}.";

    /// <summary>The breach form, prefilled for a late return.</summary>
    public static string LateBreachLink(AbsencePermission a) =>
        $"/Breaches/Create/{a.CaseId}?kind={BreachKind.ObligationBreach}&on={Uri.EscapeDataString(Display.Date(a.ReturnDueOn!.Value.AddDays(1)))}"
        + $"&description={Uri.EscapeDataString($"Không trình diện Công an xã đúng hạn ({Display.Date(a.ReturnDueOn.Value)}) sau khi hết thời gian vắng mặt từ {Display.Date(a.From)} đến {Display.Date(a.To)}.")}";
}
