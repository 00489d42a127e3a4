using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Recording a paper received for the case file (the judgment copy, the undertaking, …).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReceiveModel(HoaNhapDbContext db) : CaseFormPage<ReceivedDocumentInput, CaseFileItem>(db)
{
    public List<SelectListItem> Kinds { get; } =
        [new("— Chọn —", ""), .. CaseFileCommands.ReceivableKinds.Select(k => new SelectListItem(CaseFileText.Kind(k), k.ToString()))];
    /// <summary>The paper offered by the link that opened the form (<c>?kind=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "kind")] public string? OfferedKind { get; set; }

    protected override string Section => CasePage.Intake;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input = new ReceivedDocumentInput { Kind = OfferedKind, On = Display.Date(Today) };
    protected override Task<Outcome<CaseFileItem>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        CaseFileCommands.RecordReceivedAsync(Db, me, caseId, Input, ct);
    protected override string Done(CaseFileItem item) => $"Đã ghi nhận “{item.Title}” vào hồ sơ.";
}
