using HoaNhap.Data;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>Ghi khấu trừ thu nhập một tháng (cải tạo không giam giữ, officers).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class DeductionModel(HoaNhapDbContext db, RuleBook book) : CaseRecordPage<DeductionInput, IncomeDeduction>(db, book)
{
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input.Month = SupervisionRecordCommands.MonthText(Today.AddMonths(-1));
    protected override async Task<Outcome<IncomeDeduction>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        await SupervisionRecordCommands.RecordDeductionAsync(Db, me, await RulesAsync(ct), caseId, Input, ct);
    protected override string Done(IncomeDeduction r) =>
        $"Đã ghi khấu trừ thu nhập tháng {SupervisionRecordCommands.MonthText(r.Month)}: phải khấu trừ {Display.Money(r.ExpectedAmount)} ({r.Percent}%), đã khấu trừ {Display.Money(r.AmountDeducted)}.";
}
