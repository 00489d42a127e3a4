using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

[Shared.Audit.NoPersonalData]
public sealed class WorkingDaysModel(RuleBook book, TimeProvider clock) : CalculatorModel<WorkingDaysRequest, WorkingDaysResponse>(book, clock)
{
    protected override Outcome<WorkingDaysResponse> Compute(WorkingDaysRequest r, RuleParameters p, IReadOnlySet<DateOnly> holidays) =>
        Calculators.WorkingDaysFrom(r, holidays);
}
