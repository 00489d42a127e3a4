using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

public sealed class PlanInput
{
    public int? CheckInIntervalMonths { get; set; }
    public int? SelfReportIntervalMonths { get; set; }
    public int? AssessmentIntervalMonths { get; set; }
    /// <summary>The plan's version as read (0 when the case still follows the defaults).</summary>
    public long? Version { get; set; }
}

public sealed class CheckInInput
{
    public string? On { get; set; }
    /// <summary>CheckIn, Summons (officers only), Visit or Contact.</summary>
    public string? Kind { get; set; }
    public bool? Attended { get; set; }
    public string? Note { get; set; }
}

public sealed class SelfReportInput
{
    /// <summary>"yyyy-MM": the month in which the period ends (its due month).</summary>
    public string? Period { get; set; }
    public string? ReceivedOn { get; set; }
    public string? Summary { get; set; }
}

public sealed class DeductionInput
{
    /// <summary>"yyyy-MM": the month the income was earned in.</summary>
    public string? Month { get; set; }
    public long? Income { get; set; }
    /// <summary>Empty: the case's percentage.</summary>
    public int? Percent { get; set; }
    public long? AmountDeducted { get; set; }
    public string? PaidOn { get; set; }
    public string? Note { get; set; }
}

public sealed class LabourInput
{
    public string? On { get; set; }
    public int? Hours { get; set; }
    public string? Work { get; set; }
}

public sealed class AssessmentInput
{
    public string? On { get; set; }
    /// <summary>Good, Fair, Average or Poor.</summary>
    public string? Rating { get; set; }
    public bool? ObligationsKept { get; set; }
    public string? Comment { get; set; }
}

/// <summary>
/// The supervision record of a case: its plan, check-ins and summons, self-reports, income
/// deduction, community labour (officers) and the supervisor's assessments. Each command finds
/// the case through the caller's scope (404), checks the role (403), the input (400) and the law
/// (422, nothing stored).
/// </summary>
public static class SupervisionRecordCommands
{
    static bool Open(Case c) => c.Status is CaseStatus.Intake or CaseStatus.Active or CaseStatus.Absconded;
    const string ClosedField = "";
    static string ClosedMessage(Case c) => $"Hồ sơ đang ở trạng thái “{CaseText.Status(c.Status)}”: không ghi thêm vào sổ theo dõi được.";

    public static async Task<Outcome<SupervisionPlan>> SetPlanAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, PlanInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<SupervisionPlan>.Missing();
        if (!user.EditsRegistry) return Outcome<SupervisionPlan>.Denied();
        var errors = new Dictionary<string, string[]>();
        void Cadence(int? v, string field) { if (v is < 1 or > 12) errors[field] = ["Định kỳ phải từ 1 đến 12 tháng (để trống: theo mặc định)."]; }
        Cadence(input.CheckInIntervalMonths, nameof(PlanInput.CheckInIntervalMonths));
        Cadence(input.SelfReportIntervalMonths, nameof(PlanInput.SelfReportIntervalMonths));
        Cadence(input.AssessmentIntervalMonths, nameof(PlanInput.AssessmentIntervalMonths));
        if (input.Version is null) errors[nameof(PlanInput.Version)] = ["Thiếu phiên bản của kế hoạch (version; 0 khi chưa có kế hoạch riêng)."];
        if (errors.Count > 0) return Outcome<SupervisionPlan>.Invalid(errors);

        var plan = await db.Set<SupervisionPlan>().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        if ((plan?.Version ?? 0) != input.Version)
            return Outcome<SupervisionPlan>.Conflicted(new Conflict(plan?.UpdatedBy ?? "", plan?.UpdatedAt ?? default, plan?.Version ?? 0,
                [new FieldDifference(nameof(PlanInput.CheckInIntervalMonths), "Định kỳ điểm danh (tháng)", plan?.CheckInIntervalMonths?.ToString(), input.CheckInIntervalMonths?.ToString())]));
        if (plan is null)
        {
            // Version 0 means "no plan of its own", so a stored plan starts at 1.
            plan = new SupervisionPlan { Version = 1, CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode };
            db.Add(plan);
        }
        plan.CheckInIntervalMonths = input.CheckInIntervalMonths;
        plan.SelfReportIntervalMonths = input.SelfReportIntervalMonths;
        plan.AssessmentIntervalMonths = input.AssessmentIntervalMonths;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var now = await db.Set<SupervisionPlan>().AsNoTracking().FirstAsync(p => p.CaseId == caseId, ct);
            return Outcome<SupervisionPlan>.Conflicted(new Conflict(now.UpdatedBy, now.UpdatedAt, now.Version,
                [new FieldDifference(nameof(PlanInput.CheckInIntervalMonths), "Định kỳ điểm danh (tháng)", now.CheckInIntervalMonths?.ToString(), input.CheckInIntervalMonths?.ToString())]));
        }
        return Outcome<SupervisionPlan>.Ok(plan);
    }

    public static async Task<Outcome<CheckIn>> RecordCheckInAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, CheckInInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<CheckIn>.Missing();
        // Officers, and the person's current supervisor (a supervisor's scope finds only the people assigned to them now).
        var supervisor = user.Role == Roles.Supervisor;
        if (!user.EditsRegistry && !supervisor) return Outcome<CheckIn>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<CheckInKind>(input.Kind, out var kind) || int.TryParse(input.Kind, out _))
            errors[nameof(CheckInInput.Kind)] = [supervisor
                ? "Hãy chọn điểm danh, kiểm diện (CheckIn), thăm gặp (Visit) hoặc liên lạc (Contact)."
                : "Hãy chọn điểm danh, kiểm diện (CheckIn), triệu tập (Summons), thăm gặp (Visit) hoặc liên lạc (Contact)."];
        else if (supervisor && kind == CheckInKind.Summons)
            errors[nameof(CheckInInput.Kind)] = ["Giấy triệu tập do Công an cấp xã lập; người giám sát ghi điểm danh, thăm gặp hoặc liên lạc."];
        var on = Day(db.Today, input.On, nameof(CheckInInput.On), kind switch
        {
            CheckInKind.Summons => "Ngày hẹn có mặt theo giấy triệu tập",
            CheckInKind.Visit => "Ngày thăm gặp",
            CheckInKind.Contact => "Ngày liên lạc",
            _ => "Ngày điểm danh",
        }, c, errors);
        if (input.Attended is null) errors[nameof(CheckInInput.Attended)] = [kind switch
        {
            CheckInKind.Visit => "Hãy cho biết có gặp được người chấp hành án không.",
            CheckInKind.Contact => "Hãy cho biết có liên lạc được với người chấp hành án không.",
            _ => "Hãy cho biết người chấp hành án có mặt hay không.",
        }];
        Text(input.Note, nameof(CheckInInput.Note), "Ghi chú", 1000, errors);
        if (errors.Count > 0) return Outcome<CheckIn>.Invalid(errors);
        if (CaseActions.RecordCheckIn(c) is { } block) return Outcome<CheckIn>.Refused(ClosedField, $"{block.Why} {block.WhatFirst}");
        var record = new CheckIn
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Kind = kind, On = on!.Value, Attended = input.Attended!.Value, Note = Clean(input.Note),
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<CheckIn>.Ok(record);
    }

    public static async Task<Outcome<ReportPeriodStatus>> RecordSelfReportAsync(HoaNhapDbContext db, CurrentUser user, RuleParameters rules,
        Guid caseId, SelfReportInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<ReportPeriodStatus>.Missing();
        if (!user.EditsRegistry) return Outcome<ReportPeriodStatus>.Denied();
        return await RecordSelfReportAsync(db, rules, c, input, ct);
    }

    /// <summary>
    /// The person's own self-report sent from the portal (issue 18): received today, for the period named (by default the
    /// earliest period still without a report), and judged on time or late against the period's due day like any other.
    /// </summary>
    public static async Task<Outcome<ReportPeriodStatus>> RecordSelfReportFromPortalAsync(HoaNhapDbContext db, CurrentUser me, RuleParameters rules,
        SelfReportInput input, CancellationToken ct)
    {
        if (!me.May(Act.UsePortal)) return Outcome<ReportPeriodStatus>.Denied();
        var c = await Shared.Portal.PortalFile.CaseAsync(db, me, ct);
        if (c is null) return Outcome<ReportPeriodStatus>.Missing();
        input.ReceivedOn = Display.Date(db.Today);
        if (string.IsNullOrWhiteSpace(input.Period) && await SelfReportStatuses.NextOpenAsync(db, rules, c, ct) is { } next) input.Period = next.Period.Label;
        return await RecordSelfReportAsync(db, rules, c, input, ct);
    }

    static async Task<Outcome<ReportPeriodStatus>> RecordSelfReportAsync(HoaNhapDbContext db, RuleParameters rules, Case c,
        SelfReportInput input, CancellationToken ct)
    {
        var caseId = c.Id;
        var plan = SupervisionPlans.Effective(await SupervisionPlans.FindAsync(db, caseId, ct), rules, c);
        var today = db.Today;
        var periods = SelfReportSchedule.Periods(c.StartOn, SupervisionPlans.TermEnd(c), plan.SelfReportMonths, today);
        var errors = new Dictionary<string, string[]>();
        var period = SelfReportSchedule.ByLabel(periods, input.Period?.Trim());
        if (period is null)
            errors[nameof(SelfReportInput.Period)] = [periods.Count == 0
                ? "Chưa đến kỳ nộp bản tự nhận xét nào của hồ sơ này."
                : $"Kỳ báo cáo ghi theo tháng kết thúc kỳ, dạng năm-tháng; các kỳ của hồ sơ này: {string.Join(", ", periods.TakeLast(6).Select(p => p.Label))}."];
        var received = Day(db.Today, input.ReceivedOn, nameof(SelfReportInput.ReceivedOn), "Ngày nhận bản tự nhận xét", c, errors);
        if (period is not null && received is { } r && r < period.From)
            errors[nameof(SelfReportInput.ReceivedOn)] = [$"Ngày nhận không được trước ngày bắt đầu kỳ báo cáo ({Display.Date(period.From)})."];
        Text(input.Summary, nameof(SelfReportInput.Summary), "Tóm tắt nội dung", 2000, errors);
        if (errors.Count > 0) return Outcome<ReportPeriodStatus>.Invalid(errors);
        if (!Open(c)) return Outcome<ReportPeriodStatus>.Refused(ClosedField, ClosedMessage(c));
        if (await db.Set<SelfReport>().AnyAsync(s => s.CaseId == caseId && s.PeriodNumber == period!.Number, ct))
            return Outcome<ReportPeriodStatus>.Invalid(nameof(SelfReportInput.Period), $"Bản tự nhận xét kỳ {period!.Label} đã được ghi nhận.");
        db.Add(new SelfReport
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            PeriodNumber = period!.Number, PeriodEndsOn = period.EndsOn, ReceivedOn = received!.Value, Summary = Clean(input.Summary),
        });
        await db.SaveChangesAsync(ct);
        return Outcome<ReportPeriodStatus>.Ok(SelfReportSchedule.Assess([period], new Dictionary<int, DateOnly> { [period.Number] = received.Value }, today)[0]);
    }

    public static async Task<Outcome<IncomeDeduction>> RecordDeductionAsync(HoaNhapDbContext db, CurrentUser user, RuleParameters rules,
        Guid caseId, DeductionInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<IncomeDeduction>.Missing();
        if (!user.EditsRegistry) return Outcome<IncomeDeduction>.Denied();
        var errors = new Dictionary<string, string[]>();
        DateOnly? month = null;
        if (!VietnameseDate.TryParse(input.Month + "-01", out var m) && !VietnameseDate.TryParse("01/" + input.Month, out m))
            errors[nameof(DeductionInput.Month)] = ["Tháng phải có dạng năm-tháng (2026-10) hoặc tháng/năm (10/2026)."];
        else if (m > db.Today) errors[nameof(DeductionInput.Month)] = ["Tháng khấu trừ không được sau tháng hiện tại."];
        else if (m.AddMonths(1) <= c.StartOn) errors[nameof(DeductionInput.Month)] = [$"Tháng khấu trừ không được trước tháng bắt đầu chấp hành ({MonthText(c.StartOn)})."];
        else month = m;
        if (input.Income is null or < 0) errors[nameof(DeductionInput.Income)] = ["Hãy ghi thu nhập trong tháng (đồng, không âm)."];
        if (input.AmountDeducted is null or < 0) errors[nameof(DeductionInput.AmountDeducted)] = ["Hãy ghi số tiền đã khấu trừ (đồng, không âm)."];
        DateOnly? paid = null;
        if (!string.IsNullOrWhiteSpace(input.PaidOn))
        {
            paid = Day(db.Today, input.PaidOn, nameof(DeductionInput.PaidOn), "Ngày nộp", c, errors);
            if (paid is { } p && month is { } mm && p < mm) { errors[nameof(DeductionInput.PaidOn)] = ["Ngày nộp không được trước tháng có thu nhập."]; paid = null; }
        }
        Text(input.Note, nameof(DeductionInput.Note), "Ghi chú", 1000, errors);
        if (errors.Count > 0) return Outcome<IncomeDeduction>.Invalid(errors);

        if (c.SentenceType != SentenceType.NonCustodialReform)
            return Outcome<IncomeDeduction>.Refused(ClosedField, "Khấu trừ thu nhập chỉ áp dụng với hình phạt cải tạo không giam giữ (Bộ luật Hình sự 2015, Điều 36 khoản 3).");
        if (c.IncomeDeductionPercent is null && input.Percent is null)
            return Outcome<IncomeDeduction>.Refused(nameof(DeductionInput.Percent), "Người này được Tòa án miễn khấu trừ thu nhập (Bộ luật Hình sự 2015, Điều 36 khoản 3): không có khoản khấu trừ để ghi.");
        var percent = input.Percent ?? c.IncomeDeductionPercent!.Value;
        if (IncomeDeductionRule.CheckPercent(percent, rules.Int(RuleKeys.IncomeDeductionMinPercent, month!.Value), rules.Int(RuleKeys.IncomeDeductionMaxPercent, month.Value)) is { } refusal)
            return Outcome<IncomeDeduction>.Refused(nameof(DeductionInput.Percent), refusal);
        if (!Open(c)) return Outcome<IncomeDeduction>.Refused(ClosedField, ClosedMessage(c));
        if (await db.Set<IncomeDeduction>().AnyAsync(d => d.CaseId == caseId && d.Month == month, ct))
            return Outcome<IncomeDeduction>.Invalid(nameof(DeductionInput.Month), $"Khấu trừ thu nhập tháng {MonthText(month.Value)} đã được ghi.");
        var record = new IncomeDeduction
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Month = month.Value, Income = input.Income!.Value, Percent = percent,
            ExpectedAmount = IncomeDeductionRule.ExpectedAmount(input.Income.Value, percent),
            AmountDeducted = input.AmountDeducted!.Value, PaidOn = paid, Note = Clean(input.Note),
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<IncomeDeduction>.Ok(record);
    }

    public static async Task<Outcome<CommunityLabourEntry>> RecordLabourAsync(HoaNhapDbContext db, CurrentUser user, RuleParameters rules,
        Guid caseId, LabourInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<CommunityLabourEntry>.Missing();
        if (!user.EditsRegistry) return Outcome<CommunityLabourEntry>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = Day(db.Today, input.On, nameof(LabourInput.On), "Ngày lao động", c, errors);
        if (input.Hours is null or < 1 or > 24) errors[nameof(LabourInput.Hours)] = ["Số giờ lao động phải là số nguyên từ 1 đến 24."];
        if (string.IsNullOrWhiteSpace(input.Work)) errors[nameof(LabourInput.Work)] = ["Hãy ghi công việc đã làm."];
        Text(input.Work, nameof(LabourInput.Work), "Công việc", 500, errors);
        if (errors.Count > 0) return Outcome<CommunityLabourEntry>.Invalid(errors);

        if (c.SentenceType != SentenceType.NonCustodialReform || !c.CommunityLabour)
            return Outcome<CommunityLabourEntry>.Refused(ClosedField,
                "Hồ sơ này không có nghĩa vụ lao động phục vụ cộng đồng: chỉ áp dụng với người cải tạo không giam giữ không có việc làm hoặc bị mất việc làm (Bộ luật Hình sự 2015, Điều 36 khoản 4).");
        if (!Open(c)) return Outcome<CommunityLabourEntry>.Refused(ClosedField, ClosedMessage(c));
        var monday = CommunityLabourRule.WeekStart(on!.Value);
        var logged = await db.Set<CommunityLabourEntry>().AsNoTracking()
            .Where(x => x.CaseId == caseId && x.On >= monday && x.On <= monday.AddDays(6)).Select(x => new { x.On, x.Hours }).ToListAsync(ct);
        if (CommunityLabourRule.Refusal(logged.Select(x => (x.On, x.Hours)), on.Value, input.Hours!.Value,
                rules.Int(RuleKeys.LabourMaxHoursPerDay, on.Value), rules.Int(RuleKeys.LabourMaxDaysPerWeek, on.Value)) is { } refusal)
            return Outcome<CommunityLabourEntry>.Refused(nameof(LabourInput.Hours), refusal);
        var record = new CommunityLabourEntry
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            On = on.Value, Hours = input.Hours.Value, Work = Clean(input.Work)!,
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<CommunityLabourEntry>.Ok(record);
    }

    /// <summary>Only the supervisor assigned to the person now records an assessment (the scope finds no one else's case for a supervisor).</summary>
    public static async Task<Outcome<SupervisorAssessment>> RecordAssessmentAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId,
        AssessmentInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<SupervisorAssessment>.Missing();
        if (user.Role != Roles.Supervisor) return Outcome<SupervisorAssessment>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = Day(db.Today, input.On, nameof(AssessmentInput.On), "Ngày nhận xét", c, errors);
        if (!Enum.TryParse<AssessmentRating>(input.Rating, out var rating) || int.TryParse(input.Rating, out _))
            errors[nameof(AssessmentInput.Rating)] = ["Hãy chọn mức đánh giá: Tốt, Khá, Trung bình hoặc Kém."];
        if (input.ObligationsKept is null) errors[nameof(AssessmentInput.ObligationsKept)] = ["Hãy cho biết người chấp hành án có thực hiện đủ nghĩa vụ không."];
        Text(input.Comment, nameof(AssessmentInput.Comment), "Nhận xét", 2000, errors);
        if (errors.Count > 0) return Outcome<SupervisorAssessment>.Invalid(errors);
        if (!Open(c)) return Outcome<SupervisorAssessment>.Refused(ClosedField, ClosedMessage(c));
        var record = new SupervisorAssessment
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            SupervisorUserId = user.UserId, SupervisorName = user.FullName, On = on!.Value, Rating = rating,
            ObligationsKept = input.ObligationsKept!.Value, Comment = Clean(input.Comment),
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<SupervisorAssessment>.Ok(record);
    }

    static DateOnly? Day(DateOnly today, string? text, string field, string label, Case c, Dictionary<string, string[]> errors)
    {
        if (FormChecks.Past(today, errors, field, label, text) is not { } on) return null;
        if (on < c.StartOn) { errors[field] = [$"{label} không được trước ngày bắt đầu của hồ sơ ({Display.Date(c.StartOn)})."]; return null; }
        return on;
    }

    static void Text(string? value, string field, string label, int max, Dictionary<string, string[]> errors)
    {
        if (value is not null && value.Trim().Length > max) errors[field] = [FormMessages.TooLong(label, max)];
    }

    public static string MonthText(DateOnly month) => month.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : VietnameseText.Nfc(s.Trim());
}
