using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>Recording an application to be absent; the limits are shown before the form and a request beyond them is refused.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class RequestModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<AbsenceInput, AbsencePermission>(db)
{
    public int MaxPerTrip { get; private set; }
    public string? TotalLine { get; private set; }

    protected override string Section => CasePage.Absences;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input.RequestedOn = Display.Date(Today);
    protected override Task<Outcome<AbsencePermission>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        AbsenceCommands.RequestAsync(Db, me, rules, caseId, Input, ct);
    protected override string Done(AbsencePermission a) =>
        $"Đã ghi nhận đơn xin vắng mặt; UBND xã quyết định chậm nhất ngày {Display.Date(a.DecisionDueOn)}.";

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        var p = await rules.ParametersAsync(ct);
        var today = Today;
        MaxPerTrip = p.Int(RuleKeys.AbsenceMaxPerTripDays, today);
        if (AbsenceCommands.Term(c) is { } term)
        {
            var fraction = p.Fraction(RuleKeys.AbsenceMaxTotal, today);
            var termDays = Periods.Days(term.Start, term.End);
            var used = (await Db.Set<AbsencePermission>().AsNoTracking()
                .Where(a => a.CaseId == c.Id && a.Status == AbsenceStatus.Approved && !a.MedicalTreatment).ToListAsync(ct)).Sum(a => a.Days);
            TotalLine = $"Tổng thời gian vắng mặt không quá {fraction} thời hạn chấp hành: tối đa {(long)termDays * fraction.Numerator / fraction.Denominator} ngày "
                + $"(thời hạn từ {Display.Date(term.Start)} đến {Display.Date(term.End)}); đã được đồng ý {used} ngày (không tính chữa bệnh).";
        }
        return true;
    }
}
