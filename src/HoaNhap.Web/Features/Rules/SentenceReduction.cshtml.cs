using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

[Shared.Audit.NoPersonalData]
public sealed class SentenceReductionModel(RuleBook book, TimeProvider clock) : CalculatorModel<SentenceReductionRequest, SentenceReductionResponse>(book, clock)
{
    protected override void Prepare()
    {
        Input.AsOf ??= Display.Date(Today);
        Input.PreviousReductions ??= [];
        while (Input.PreviousReductions.Count < 2) Input.PreviousReductions.Add(new ShorteningRequestItem());
    }

    protected override Outcome<SentenceReductionResponse> Compute(SentenceReductionRequest r, RuleParameters p, IReadOnlySet<DateOnly> holidays)
    {
        r.PreviousReductions = (r.PreviousReductions ?? []).Where(s => !string.IsNullOrWhiteSpace(s.DecidedOn) || s.Months is not null).ToList();
        return Calculators.SentenceReduction(r, p);
    }
}
