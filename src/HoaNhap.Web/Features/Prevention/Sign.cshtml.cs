using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Prevention;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;

namespace HoaNhap.Web.Features.Prevention;

/// <summary>Recording a sign of violation (commune officer, or the person's own supervisor); a phone form.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class SignModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<SignInput, SignRecorded>(db)
{
    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Kinds { get; } = Choices.Of(Enum.GetValues<ViolationSignKind>(), PreventionText.Kind);

    protected override string Section => PreventionSection.Anchor;
    protected override bool MayAct(CurrentUser me) => me.May(Act.RecordViolationSign);
    protected override void Prefill() => Input.ObservedOn = Display.Date(Today);
    protected override async Task<Outcome<SignRecorded>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        await PreventionCommands.RecordSignAsync(Db, me, await rules.ParametersAsync(ct), caseId, Input, ct);
    protected override string Done(SignRecorded r) =>
        $"Đã ghi nhận dấu hiệu vi phạm ngày {Display.Date(r.Sign.ObservedOn)}. Mức quản lý hiện tại: {r.Grade.Name}.";
}
