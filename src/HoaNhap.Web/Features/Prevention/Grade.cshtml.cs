using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Prevention;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;

namespace HoaNhap.Web.Features.Prevention;

/// <summary>The commune officer's decision on a case's grade: loosen (after the minimum time, as far as the criteria allow), keep, or tighten.</summary>
[Shared.Audit.PersonalData(typeof(Case))]
public sealed class GradeModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<GradeInput, GradeView>(db)
{
    public GradeView Grade { get; private set; } = null!;
    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Grades { get; private set; } = [];

    protected override string Section => PreventionSection.Anchor;
    protected override bool MayAct(CurrentUser me) => me.May(Act.DecideGrade);

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        var p = await rules.ParametersAsync(ct);
        Grade = await PreventionQueries.GradeAsync(Db, p, c, ct);
        Grades = Choices.Of(Enum.GetValues<SupervisionGrade>(), g => SupervisionGrading.Name(g, p, Today));
        return true;
    }

    protected override void Prefill()
    {
        Input.On = Display.Date(Today);
        Input.Grade = Grade.Grade;
    }

    protected override async Task<Outcome<GradeView>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        await PreventionCommands.DecideGradeAsync(Db, me, await rules.ParametersAsync(ct), caseId, Input, ct);

    protected override string Done(GradeView r) => $"Đã ghi quyết định: mức “{r.Name}”, tiếp xúc ít nhất mỗi {r.Cadence.ContactIntervalDays} ngày.";
}
