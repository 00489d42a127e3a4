using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>Recording a reminder given about a breach.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReminderModel(HoaNhapDbContext db) : CaseFormPage<ReminderInput, Reminder>(db)
{
    [BindProperty(SupportsGet = true)] public Guid BreachId { get; set; }
    public Breach Breach { get; private set; } = null!;

    protected override string Section => CasePage.Breaches;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<Breach>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == BreachId && x.CaseId == c.Id, ct) is not { } b) return false;
        Breach = b;
        return true;
    }

    protected override void Prefill() => Input.On = Display.Date(Today);
    protected override Task<Outcome<Reminder>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        BreachCommands.RemindAsync(Db, me, caseId, BreachId, Input, ct);
    protected override string Done(Reminder r) => "Đã ghi nhận việc nhắc nhở.";
}
