using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Changing a case's status; the current status is shown before the choice.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class StatusModel(HoaNhapDbContext db) : CaseFormPage<StatusInput, Case>(db)
{
    public List<SelectListItem> Next { get; private set; } = [];

    // The user goes back to the person's page, with the confirmation at its top.
    protected override string Section => "";
    protected override bool ConfirmInSection => false;
    protected override string AfterSave(Guid caseId, Case c) => $"/People/Details/{c.PersonId}";
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Next = [new SelectListItem("— Chọn —", ""), .. c.NextStatuses.Select(s => new SelectListItem(CaseText.Status(s), s.ToString()))];
        return Task.FromResult(true);
    }

    protected override void Prefill() => Input = new StatusInput { Version = Case.Version, On = Display.Date(Today) };
    protected override Task<Outcome<Case>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        CaseCommands.ChangeStatusAsync(Db, me, caseId, Input, ct);
    protected override string Done(Case c) => $"Đã chuyển hồ sơ sang trạng thái “{CaseText.Status(c.Status)}”.";

    protected override void Conflicted(Conflict conflict)
    {
        ModelState.Remove("Input.Version");
        Input.Version = conflict.CurrentVersion;
    }
}
