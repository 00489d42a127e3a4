using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>Recording a law violation or a new offence of a returnee.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ViolationModel(HoaNhapDbContext db) : CaseFormPage<ViolationInput, ReturneeViolation>(db)
{
    protected override string Section => "returnee-violations";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input.OccurredOn = Display.Date(Today);
    protected override Task<Outcome<ReturneeViolation>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        ViolationCommands.RecordAsync(Db, me, caseId, Input, ct);
    protected override string Done(ReturneeViolation v) => v.Kind == ReturneeViolationKind.NewOffence
        ? $"Đã ghi nhận hành vi phạm tội mới ngày {Display.Date(v.OccurredOn)}; việc này được tính vào tỷ lệ tái phạm."
        : $"Đã ghi nhận vi phạm pháp luật ngày {Display.Date(v.OccurredOn)}.";
}

/// <summary>Recording the prosecution and the new judgment for a new offence.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ViolationHandlingModel(HoaNhapDbContext db) : CaseFormPage<ViolationHandlingInput, ReturneeViolation>(db)
{
    [BindProperty(SupportsGet = true)] public Guid ViolationId { get; set; }
    public ReturneeViolation Violation { get; private set; } = null!;

    protected override string Section => "returnee-violations";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<ReturneeViolation>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == ViolationId && x.CaseId == c.Id, ct) is not { } v) return false;
        Violation = v;
        return true;
    }

    protected override void Prefill()
    {
        var v = Violation;
        Input = new ViolationHandlingInput
        {
            ProsecutedOn = v.ProsecutedOn is { } p ? Display.Date(p) : null, ProsecutingBody = v.ProsecutingBody, JudgmentNumber = v.JudgmentNumber,
            JudgmentDate = v.JudgmentDate is { } j ? Display.Date(j) : null, Court = v.Court, Penalty = v.Penalty, Imprisoned = v.Imprisoned == true,
        };
    }
    protected override Task<Outcome<ReturneeViolation>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        ViolationCommands.HandleAsync(Db, me, caseId, ViolationId, Input, ct);
    protected override string Done(ReturneeViolation v) => $"Đã ghi nhận: {ReturneeViolationText.Handling(v)}.";
}
