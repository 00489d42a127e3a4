using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Prevention;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Prevention;

/// <summary>The commune leader approves or refuses a contact interval less frequent than the grade's minimum.</summary>
[Shared.Audit.PersonalData(typeof(Case))]
public sealed class CadenceDecisionModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<CadenceDecisionInput, CadenceRequest>(db)
{
    [BindProperty(SupportsGet = true)] public Guid RequestId { get; set; }
    public CadenceRequest Pending { get; private set; } = null!;
    public GradeView Grade { get; private set; } = null!;

    protected override string Section => PreventionSection.Anchor;
    protected override bool FindsBeforeRole => true;
    protected override bool MayAct(CurrentUser me) => me.May(Act.ApproveCadence);
    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<CadenceRequest>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == RequestId && x.CaseId == c.Id, ct) is not { } r) return false;
        Pending = r;
        Grade = await PreventionQueries.GradeAsync(Db, await rules.ParametersAsync(ct), c, ct);
        return true;
    }
    protected override async Task<Outcome<CadenceRequest>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        await PreventionCommands.DecideCadenceAsync(Db, me, await rules.ParametersAsync(ct), caseId, RequestId, Input, ct);
    protected override string Done(CadenceRequest r) => r.Status == CadenceRequestStatus.Approved
        ? $"Đã đồng ý tiếp xúc mỗi {r.IntervalDays} ngày."
        : "Đã ghi ý kiến không đồng ý; tần suất tiếp xúc giữ theo mức quản lý.";
}
