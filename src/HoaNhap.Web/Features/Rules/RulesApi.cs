using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

/// <summary>The calculators for other systems; any signed-in user may call them (no personal data).</summary>
public static class RulesApi
{
    public static void MapRulesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/rules").WithTags("Quy định pháp luật");
        g.MapPost("/record-expiry", async (RecordExpungementRequest r, RuleBook book, CancellationToken ct) =>
                ApiResults.From(Calculators.RecordExpungement(r, await book.ParametersAsync(ct)), x => Results.Ok(x)))
            .WithSummary("Thời hạn xóa án tích (BLHS 2015 Điều 69–73), cho một hoặc nhiều lần bị kết án theo thứ tự bản án.")
            .Produces<RecordExpungementResponse>().ProducesValidationProblem();
        g.MapPost("/probation-shortening", async (ProbationShorteningRequest r, RuleBook book, CancellationToken ct) =>
                ApiResults.From(Calculators.ProbationShortening(r, await book.ParametersAsync(ct)), x => Results.Ok(x)))
            .WithSummary("Rút ngắn thời gian thử thách của án treo (LTHAHS 2019 Điều 89).")
            .Produces<ProbationShorteningResponse>().ProducesValidationProblem();
        g.MapPost("/reform-reduction", async (SentenceReductionRequest r, RuleBook book, CancellationToken ct) =>
                ApiResults.From(Calculators.SentenceReduction(r, await book.ParametersAsync(ct)), x => Results.Ok(x)))
            .WithSummary("Giảm thời hạn chấp hành cải tạo không giam giữ (BLHS 2015 Điều 63).")
            .Produces<SentenceReductionResponse>().ProducesValidationProblem();
        g.MapPost("/penalty-waiver", async (SentenceRemissionRequest r, RuleBook book, CancellationToken ct) =>
                ApiResults.From(Calculators.SentenceRemission(r, await book.ParametersAsync(ct)), x => Results.Ok(x)))
            .WithSummary("Miễn chấp hành phần còn lại của cấm cư trú, quản chế (BLHS 2015 Điều 62 khoản 6). penalty: ResidenceBan, ControlledResidence.")
            .Produces<SentenceRemissionResponse>().ProducesValidationProblem();
        g.MapPost("/sentence-end", async (SentenceEndRequest r, RuleBook book, CancellationToken ct) =>
                ApiResults.From(Calculators.SentenceEnd(r, await book.ParametersAsync(ct)), x => Results.Ok(x)))
            .WithSummary("Ngày kết thúc chấp hành của một loại án tại cộng đồng (trừ thời gian tạm giữ, tạm giam và thời gian được rút ngắn, giảm).")
            .Produces<SentenceEndResponse>().ProducesValidationProblem();
        g.MapPost("/working-days", async (WorkingDaysRequest r, RuleBook book, CancellationToken ct) =>
                ApiResults.From(Calculators.WorkingDaysFrom(r, await book.HolidaysAsync(ct)), x => Results.Ok(x)))
            .WithSummary("Ngày hết hạn sau một số ngày làm việc, không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết.")
            .Produces<WorkingDaysResponse>().ProducesValidationProblem();
        g.MapPost("/loan-eligibility", async (LoanEligibilityRequest r, RuleBook book, CancellationToken ct) =>
                ApiResults.From(Calculators.LoanEligibility(r, await book.ParametersAsync(ct)), x => Results.Ok(x)))
            .WithSummary("Điều kiện vay vốn theo Quyết định 22/2023/QĐ-TTg.")
            .Produces<LoanEligibilityResponse>().ProducesValidationProblem();
    }
}
