using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Rules;

[Shared.Audit.NoPersonalData]
public sealed class SentenceEndModel(RuleBook book, TimeProvider clock) : CalculatorModel<SentenceEndRequest, SentenceEndResponse>(book, clock)
{
    public List<SelectListItem> Types { get; } = Choices.Of<SentenceType>(CaseText.Sentence);

    protected override Outcome<SentenceEndResponse> Compute(SentenceEndRequest r, RuleParameters p, IReadOnlySet<DateOnly> holidays) =>
        Calculators.SentenceEnd(r, p);
}
