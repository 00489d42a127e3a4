using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Rules;

[Shared.Audit.NoPersonalData]
public sealed class RecordExpungementModel(RuleBook book, TimeProvider clock) : CalculatorModel<RecordExpungementRequest, RecordExpungementResponse>(book, clock)
{
    public const int Rows = 3;
    public List<SelectListItem> Penalties { get; } = Choices.Of<MainPenalty>(JudgmentText.Penalty);
    public List<SelectListItem> Categories { get; } = Choices.Of<CrimeCategory>(JudgmentText.Category);

    /// <summary>Three blocks for convictions, in the order of the judgments; a block without a penalty is ignored.</summary>
    protected override void Prepare()
    {
        Input.AsOf ??= Display.Date(Today);
        Input.Convictions ??= [];
        while (Input.Convictions.Count < Rows) Input.Convictions.Add(new ConvictionRequest());
    }

    protected override Outcome<RecordExpungementResponse> Compute(RecordExpungementRequest r, RuleParameters p, IReadOnlySet<DateOnly> holidays)
    {
        r.Convictions = (r.Convictions ?? []).Where(c => !string.IsNullOrEmpty(c.Penalty)).ToList();
        return Calculators.RecordExpungement(r, p);
    }
}
