using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

[Shared.Audit.NoPersonalData]
public sealed class ProbationShorteningModel(RuleBook book, TimeProvider clock) : CalculatorModel<ProbationShorteningRequest, ProbationShorteningResponse>(book, clock)
{
    /// <summary>Two rows for earlier shortenings; empty rows are ignored.</summary>
    protected override void Prepare()
    {
        Input.AsOf ??= Display.Date(Today);
        Input.PreviousShortenings ??= [];
        while (Input.PreviousShortenings.Count < 2) Input.PreviousShortenings.Add(new ShorteningRequestItem());
    }

    protected override Outcome<ProbationShorteningResponse> Compute(ProbationShorteningRequest r, RuleParameters p, IReadOnlySet<DateOnly> holidays)
    {
        r.PreviousShortenings = (r.PreviousShortenings ?? []).Where(s => !string.IsNullOrWhiteSpace(s.DecidedOn) || s.Months is not null).ToList();
        return Calculators.ProbationShortening(r, p);
    }
}
