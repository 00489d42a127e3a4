using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Rules;

[Shared.Audit.NoPersonalData]
public sealed class SentenceRemissionModel(RuleBook book, TimeProvider clock) : CalculatorModel<SentenceRemissionRequest, SentenceRemissionResponse>(book, clock)
{
    public List<SelectListItem> Penalties { get; } =
    [
        new("— Chọn —", ""),
        new("Cấm cư trú", nameof(WaivablePenalty.ResidenceBan)),
        new("Quản chế", nameof(WaivablePenalty.ControlledResidence)),
    ];

    protected override void Prepare() => Input.AsOf ??= Display.Date(Today);

    protected override Outcome<SentenceRemissionResponse> Compute(SentenceRemissionRequest r, RuleParameters p, IReadOnlySet<DateOnly> holidays) =>
        Calculators.SentenceRemission(r, p);
}
