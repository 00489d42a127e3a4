using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Supervision;

public sealed record AssignmentDto(Guid Id, Guid PersonId, string SupervisorUserId, string SupervisorName, string? DecisionNumber,
    DateOnly? DecisionDate, DateOnly AssignedOn, DateOnly? EndedOn, string? EndReason, Guid? DecisionFileItemId)
{
    public static AssignmentDto From(SupervisorAssignment a) =>
        new(a.Id, a.PersonId, a.SupervisorUserId, a.SupervisorName, a.DecisionNumber, a.DecisionDate, a.AssignedOn, a.EndedOn, a.EndReason, a.DecisionFileItemId);
}

public sealed record ChangeDto(AssignmentDto Ended, AssignmentDto Started);

public sealed record ObligationDto(string Text, string Source, string Status)
{
    public static ObligationDto From(Obligation o) => new(o.Text, o.Source, o.Status.ToString());
}

public sealed record PlanDto(Guid CaseId, string? SentenceType, int CheckInIntervalMonths, bool CheckInIsDefault, int SelfReportIntervalMonths,
    bool SelfReportIsDefault, int AssessmentIntervalMonths, bool AssessmentIsDefault, long Version,
    int? IncomeDeductionPercent, bool CommunityLabour, string? Restrictions, IReadOnlyList<ObligationDto> Obligations, string? HelpingOrganisation)
{
    /// <param name="organisation">The association the person belongs to, which takes part in the supervision (<see cref="PlanOrganisation"/>).</param>
    public static PlanDto From(CaseSupervision s, string? organisation) => new(s.Case.Id, s.Case.SentenceType?.ToString(), s.Plan.CheckInMonths, s.Plan.CheckInDefault,
        s.Plan.SelfReportMonths, s.Plan.SelfReportDefault, s.Plan.AssessmentMonths, s.Plan.AssessmentDefault, s.Plan.Version,
        s.Case.IncomeDeductionPercent, s.Case.CommunityLabour, s.Case.Restrictions, s.Obligations.Select(ObligationDto.From).ToList(), organisation);
}

public sealed record CheckInDto(Guid Id, string Kind, DateOnly On, bool Attended, string? Note, string RecordedBy)
{
    public static CheckInDto From(CheckIn c) => new(c.Id, c.Kind.ToString(), c.On, c.Attended, c.Note, c.CreatedBy);
}

public sealed record CheckInsDto(int IntervalMonths, DateOnly? PendingDueOn, DateOnly? NextDueOn, IReadOnlyList<CheckInDto> Items);

public sealed record SelfReportDto(int Number, string Period, DateOnly StartsOn, DateOnly DueOn, string Status, DateOnly? ReceivedOn, int DaysLate, string? Summary)
{
    public static SelfReportDto From(ReportPeriodStatus s, string? summary = null) =>
        new(s.Period.Number, s.Period.Label, s.Period.From, s.Period.DueOn, s.Status.ToString(), s.ReceivedOn, s.DaysLate, summary);
}

public sealed record SelfReportsDto(int IntervalMonths, int Missing, IReadOnlyList<SelfReportDto> Periods);

public sealed record DeductionDto(Guid Id, string Month, long Income, int Percent, long ExpectedAmount, long AmountDeducted, long Shortfall, DateOnly? PaidOn, string? Note)
{
    public static DeductionDto From(IncomeDeduction d) => new(d.Id, d.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        d.Income, d.Percent, d.ExpectedAmount, d.AmountDeducted, Math.Max(0, d.ExpectedAmount - d.AmountDeducted), d.PaidOn, d.Note);
}

public sealed record LabourDto(Guid Id, DateOnly On, int Hours, string Work)
{
    public static LabourDto From(CommunityLabourEntry e) => new(e.Id, e.On, e.Hours, e.Work);
}

public sealed record AssessmentDto(Guid Id, DateOnly On, string Rating, bool ObligationsKept, string? Comment, string SupervisorUserId, string SupervisorName)
{
    public static AssessmentDto From(SupervisorAssessment a) => new(a.Id, a.On, a.Rating.ToString(), a.ObligationsKept, a.Comment, a.SupervisorUserId, a.SupervisorName);
}

public sealed record AssessmentsDto(int IntervalMonths, DateOnly? NextDueOn, IReadOnlyList<AssessmentDto> Items);

/// <summary>
/// Supervision under /api/v1: supervisor assignment and change (people), and the supervision
/// record of a case. Reads: any registry reader within scope (a supervisor: their people).
/// Writes: officers (ProvinceOfficer, CommuneOfficer); assignments also the commune leader;
/// assessments only the person's current supervisor. A request the law does not allow → 422.
/// </summary>
public static class SupervisionApi
{
    public static void MapSupervisionApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people/{id:guid}/supervisors").WithTags("Giám sát, giáo dục");
        g.MapPost("/", async (Guid id, AssignmentInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SupervisorCommands.AssignAsync(db, http.Me(), id, input, ct),
                    a => Results.Created($"/api/v1/people/{id}/supervisors", AssignmentDto.From(a))))
            .WithSummary("Phân công người giám sát, giáo dục (quyết định của UBND xã; tạo quyết định .docx trong hồ sơ đang mở). Đã có người giám sát: dùng /change.")
            .Produces<AssignmentDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/change", async (Guid id, ChangeInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SupervisorCommands.ChangeAsync(db, http.Me(), id, input, ct),
                    x => Results.Created($"/api/v1/people/{id}/supervisors", new ChangeDto(AssignmentDto.From(x.Ended), AssignmentDto.From(x.Started)))))
            .WithSummary("Thay đổi người giám sát, giáo dục: {supervisorUserId, decisionNumber, decisionDate, changedOn, reason}; lý do bắt buộc.")
            .Produces<ChangeDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapGet("/", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                if (await PersonLookup.FindAsync(db, http.Me(), id, ct) is null) return ApiResults.NotFound();
                return Results.Ok((await SupervisorCommands.HistoryAsync(db, id, ct)).Select(AssignmentDto.From).ToList());
            })
            .WithSummary("Lịch sử phân công giám sát của người này (kể cả ngày và lý do kết thúc).").Produces<List<AssignmentDto>>().ProducesProblem(404)
            .ReadsPersonalData<Domain.People.Person>();

        var c = api.MapGroup("/cases/{id:guid}").WithTags("Giám sát, giáo dục");
        c.MapGet("/supervision-plan", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                await WithPlanAsync(id, http, db, book, ct))
            .WithSummary("Nghĩa vụ của người chấp hành án theo loại án (kèm căn cứ) và kế hoạch giám sát (định kỳ điểm danh, tự nhận xét, nhận xét); "
                + "\"helpingOrganisation\": tổ chức, hội mà người này là thành viên (Đoàn Thanh niên…), cùng tham gia giám sát, giáo dục.")
            .Produces<PlanDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        c.MapPut("/supervision-plan", async (Guid id, PlanInput input, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
            {
                var outcome = await SupervisionRecordCommands.SetPlanAsync(db, http.Me(), id, input, ct);
                if (!outcome.Succeeded) return ApiResults.From(outcome, _ => Results.Ok());
                return await WithPlanAsync(id, http, db, book, ct);
            })
            .WithSummary("Đổi kế hoạch giám sát: số tháng mỗi kỳ (1–12; null = mặc định), kèm version.")
            .Produces<PlanDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        c.MapGet("/check-ins", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                await WithCaseAsync(id, http, db, book, ct, s =>
                    Results.Ok(new CheckInsDto(s.Plan.CheckInMonths, s.CheckInPending, s.CheckInNext, s.CheckIns.Select(CheckInDto.From).ToList()))))
            .WithSummary("Điểm danh, kiểm diện và triệu tập của hồ sơ, kỳ đang chờ và kỳ tới.").Produces<CheckInsDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        c.MapPost("/check-ins", async (Guid id, CheckInInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SupervisionRecordCommands.RecordCheckInAsync(db, http.Me(), id, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/check-ins", CheckInDto.From(x))))
            .WithSummary("Ghi điểm danh (kind CheckIn: ngày có mặt), triệu tập (Summons: ngày hẹn; chỉ Công an), thăm gặp (Visit) hoặc liên lạc (Contact) với attended có mặt, gặp được hay liên lạc được không. Cán bộ Công an và người giám sát của chính người này.")
            .Produces<CheckInDto>(201).ProducesValidationProblem().ProducesProblem(404).ProducesValidationProblem(422);

        c.MapGet("/self-reports", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                await WithCaseAsync(id, http, db, book, ct, s => Results.Ok(new SelfReportsDto(s.Plan.SelfReportMonths, s.SelfReportsMissing,
                    s.SelfReports.Select(r => SelfReportDto.From(r.Status, r.Summary)).ToList()))))
            .WithSummary("Các kỳ nộp bản tự nhận xét (mới nhất trước): OnTime, Late, Missing, DueToday, NotYetDue. period = năm-tháng của ngày hết kỳ (hạn nộp).")
            .Produces<SelfReportsDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        c.MapPost("/self-reports", async (Guid id, SelfReportInput input, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                ApiResults.From(await SupervisionRecordCommands.RecordSelfReportAsync(db, http.Me(), await book.ParametersAsync(ct), id, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/self-reports", SelfReportDto.From(x, input.Summary))))
            .WithSummary("Ghi nhận bản tự nhận xét: {period: \"2026-10\" (tháng hết kỳ), receivedOn, summary}; trả về đúng hạn hay muộn.")
            .Produces<SelfReportDto>(201).ProducesValidationProblem().ProducesProblem(404).ProducesValidationProblem(422);

        c.MapGet("/income-deductions", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                await WithCaseAsync(id, http, db, book, ct, s => Results.Ok(s.Deductions.Select(DeductionDto.From).ToList())))
            .WithSummary("Khấu trừ thu nhập hằng tháng (cải tạo không giam giữ).").Produces<List<DeductionDto>>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        c.MapPost("/income-deductions", async (Guid id, DeductionInput input, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                ApiResults.From(await SupervisionRecordCommands.RecordDeductionAsync(db, http.Me(), await book.ParametersAsync(ct), id, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/income-deductions", DeductionDto.From(x))))
            .WithSummary("Ghi khấu trừ thu nhập một tháng: {month: \"2026-10\", income, percent (mặc định theo hồ sơ), amountDeducted, paidOn}; số phải khấu trừ = thu nhập × tỷ lệ.")
            .Produces<DeductionDto>(201).ProducesValidationProblem().ProducesProblem(404).ProducesValidationProblem(422);

        c.MapGet("/community-labour", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                await WithCaseAsync(id, http, db, book, ct, s => Results.Ok(s.Labour.Select(LabourDto.From).ToList())))
            .WithSummary("Sổ lao động phục vụ cộng đồng.").Produces<List<LabourDto>>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        c.MapPost("/community-labour", async (Guid id, LabourInput input, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                ApiResults.From(await SupervisionRecordCommands.RecordLabourAsync(db, http.Me(), await book.ParametersAsync(ct), id, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/community-labour", LabourDto.From(x))))
            .WithSummary("Ghi giờ lao động phục vụ cộng đồng {on, hours, work}; vượt số giờ một ngày hoặc số ngày một tuần → 422, không lưu.")
            .Produces<LabourDto>(201).ProducesValidationProblem().ProducesProblem(404).ProducesValidationProblem(422);

        c.MapGet("/assessments", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                await WithCaseAsync(id, http, db, book, ct, s =>
                    Results.Ok(new AssessmentsDto(s.Plan.AssessmentMonths, s.AssessmentDue, s.Assessments.Select(AssessmentDto.From).ToList()))))
            .WithSummary("Nhận xét định kỳ của người giám sát, giáo dục.").Produces<AssessmentsDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        c.MapPost("/assessments", async (Guid id, AssessmentInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SupervisionRecordCommands.RecordAssessmentAsync(db, http.Me(), id, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/assessments", AssessmentDto.From(x))))
            .WithSummary("Người giám sát ghi nhận xét định kỳ: {on, rating: Good|Fair|Average|Poor, obligationsKept, comment}.")
            .Produces<AssessmentDto>(201).ProducesValidationProblem().ProducesProblem(404).ProducesValidationProblem(422);
    }

    static async Task<IResult> WithPlanAsync(Guid id, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
        if (c is null) return ApiResults.NotFound();
        var organisation = await PlanOrganisation.ForAsync(db, c.PersonId, ct);
        return Results.Ok(PlanDto.From(await SupervisionQueries.ForCaseAsync(db, await book.ParametersAsync(ct), c, db.Today, ct), organisation));
    }

    static async Task<IResult> WithCaseAsync(Guid id, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct, Func<CaseSupervision, IResult> ok)
    {
        var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
        if (c is null) return ApiResults.NotFound();
        return ok(await SupervisionQueries.ForCaseAsync(db, await book.ParametersAsync(ct), c, db.Today, ct));
    }
}
