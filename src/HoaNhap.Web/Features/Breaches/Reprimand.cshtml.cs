using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>Recording a reprimand session about a breach; its minutes are generated.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReprimandModel(HoaNhapDbContext db) : CaseFormPage<ReprimandInput, Reprimand>(db)
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

    protected override void Prefill() => Input.HeldOn = Display.Date(Today);
    protected override Task<Outcome<Reprimand>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        BreachCommands.ReprimandAsync(Db, me, caseId, BreachId, Input, ct);
    protected override string Done(Reprimand r) => "Đã ghi nhận buổi họp kiểm điểm và lập biên bản.";
}
