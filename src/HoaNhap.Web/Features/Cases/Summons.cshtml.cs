using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Issuing the summons (giấy triệu tập) to the person: a .docx kept in the case file.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class SummonsModel(HoaNhapDbContext db) : CaseFormPage<SummonsInput, CaseFileItem>(db)
{
    protected override string Section => CasePage.Intake;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input = new SummonsInput { AppointmentOn = Display.Date(Today.AddDays(2)), Place = "Trụ sở Công an xã" };
    protected override Task<Outcome<CaseFileItem>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        CaseFileCommands.IssueSummonsAsync(Db, me, caseId, Input, ct);
    protected override string Done(CaseFileItem item) => "Đã lập giấy triệu tập; tải về trong mục “Tài liệu trong hồ sơ” để in, ký và gửi.";
}
