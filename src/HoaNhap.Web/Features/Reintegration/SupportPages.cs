using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>Recording a need and the action that answers it.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class NeedModel(HoaNhapDbContext db) : CaseFormPage<SupportInput, SupportAction>(db)
{
    /// <summary>The area offered by the link that opened the form (<c>?area=</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "area")] public string? OfferedArea { get; set; }

    /// <summary>The person's special hardship, if flagged: the form offers social assistance first and says why.</summary>
    public HardshipNote? Hardship { get; private set; }

    protected override string Section => "support";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Hardship = await PersonHardship.ForPersonAsync(Db, c.PersonId, ct);
        return true;
    }
    protected override void Prefill()
    {
        Input.Area = OfferedArea;
        if (Hardship is not null && OfferedArea is null)
        {
            // Special hardship comes first: social assistance (NĐ 20/2021/NĐ-CP) by the commune's culture and social office.
            Input.Area = nameof(NeedArea.SocialAssistance);
            Input.Responsible = nameof(ResponsibleBody.CultureSocialOffice);
        }
        Input.IdentifiedOn = Display.Date(Today);
        Input.DueOn = Display.Date(Today.AddDays(30));
    }
    protected override Task<Outcome<SupportAction>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        SupportCommands.AddAsync(Db, me, caseId, Input, ct);
    protected override string Done(SupportAction a) =>
        $"Đã ghi nhận nhu cầu về {SupportText.Area(a.Area).ToLowerInvariant()}, thời hạn {Display.Date(a.DueOn)}.";
}

/// <summary>Recording the outcome of a support action.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class SupportOutcomeModel(HoaNhapDbContext db) : CaseFormPage<SupportOutcomeInput, SupportAction>(db)
{
    [BindProperty(SupportsGet = true)] public Guid ActionId { get; set; }
    public SupportAction Action { get; private set; } = null!;

    protected override string Section => "support";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<SupportAction>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == ActionId && x.CaseId == c.Id, ct) is not { } a) return false;
        Action = a;
        return true;
    }

    protected override void Prefill() => Input.ClosedOn = Display.Date(Today);
    protected override Task<Outcome<SupportAction>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        SupportCommands.CloseAsync(Db, me, caseId, ActionId, Input, ct);
    protected override string Done(SupportAction a) => $"Đã ghi nhận kết quả: {SupportText.Status(a.Status).ToLowerInvariant()}.";
}
