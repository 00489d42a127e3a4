using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Prevention;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Prevention;

/// <summary>The commune officer sets the contact interval: more frequent at once, less frequent as a request to the commune leader.</summary>
[Shared.Audit.PersonalData(typeof(Case))]
public sealed class CadenceModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<CadenceInput, CadenceRequest>(db)
{
    public GradeView Grade { get; private set; } = null!;

    protected override string Section => PreventionSection.Anchor;
    protected override bool MayAct(CurrentUser me) => me.May(Act.DecideGrade);
    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Grade = await PreventionQueries.GradeAsync(Db, await rules.ParametersAsync(ct), c, ct);
        return true;
    }
    protected override void Prefill() => Input.IntervalDays = Grade.Cadence.ContactIntervalDays;
    protected override async Task<Outcome<CadenceRequest>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        await PreventionCommands.RequestCadenceAsync(Db, me, await rules.ParametersAsync(ct), caseId, Input, ct);
    protected override string Done(CadenceRequest r) => r.Status == CadenceRequestStatus.Approved
        ? $"Đã đặt tần suất tiếp xúc mỗi {r.IntervalDays} ngày."
        : $"Đã gửi đề nghị tiếp xúc mỗi {r.IntervalDays} ngày; chờ lãnh đạo UBND xã phê duyệt.";
}
