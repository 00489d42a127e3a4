using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>Recording a breach with its evidence; the minutes are generated and the law's next step is proposed.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CreateModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<BreachInput, BreachRecorded>(db)
{
    [BindProperty] public IFormFile? EvidenceFile { get; set; }
    public List<SelectListItem> Kinds { get; } = Choices.Of<BreachKind>(BreachText.Kind);

    // Prefilled when offered from a late return after an absence (the address's query).
    [BindProperty(SupportsGet = true, Name = "kind")] public string? OfferedKind { get; set; }
    [BindProperty(SupportsGet = true, Name = "on")] public string? OfferedOn { get; set; }
    [BindProperty(SupportsGet = true, Name = "description")] public string? OfferedDescription { get; set; }

    protected override string Section => CasePage.Breaches;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() =>
        Input = new BreachInput { Kind = OfferedKind, OccurredOn = OfferedOn ?? Display.Date(Today), Description = OfferedDescription };

    protected override async Task<Outcome<BreachRecorded>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct)
    {
        var (upload, uploadError) = await EvidenceUpload.ReadAsync(EvidenceFile, ct);
        Input.EvidenceFileBase64 = null;
        return await BreachCommands.RecordAsync(Db, me, rules, caseId, Input, upload, uploadError, ct);
    }

    protected override string Done(BreachRecorded r) => $"Đã ghi nhận vi phạm và lập biên bản. {r.Advice.Because}"
        + (r.Proposal is { } x ? $" Hệ thống đã lập dự thảo “{BreachText.Proposal(x.Kind)}”, hạn gửi {Display.Date(x.SendBy)}." : "");
}
