using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

[Shared.Audit.NoPersonalData]
public sealed class LoanModel(RuleBook book, TimeProvider clock) : CalculatorModel<LoanEligibilityRequest, LoanEligibilityResponse>(book, clock)
{
    protected override void Prepare() => Input.AsOf ??= Display.Date(Today);

    protected override Outcome<LoanEligibilityResponse> Compute(LoanEligibilityRequest r, RuleParameters p, IReadOnlySet<DateOnly> holidays) =>
        Calculators.LoanEligibility(r, p);
}
