using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

[Shared.Audit.NoPersonalData]
public sealed class WorkingDaysModel(RuleBook book) : CalculatorModel<WorkingDaysRequest, WorkingDaysResponse>(book)
{
    protected override Outcome<WorkingDaysResponse> Compute(WorkingDaysRequest r, RuleParameters p, IReadOnlySet<DateOnly> holidays) =>
        Calculators.WorkingDaysFrom(r, holidays);
}
