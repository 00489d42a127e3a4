using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Employment;

public sealed class ReferralInput
{
    /// <summary>Job (to an employer) or Training (to a vocational course).</summary>
    public string? Kind { get; set; }
    public Guid? EmployerId { get; set; }
    public Guid? CourseId { get; set; }
    public string? ReferredOn { get; set; }
    public string? Note { get; set; }
}

public sealed class ReferralOutcomeInput
{
    /// <summary>Hired (for a course: admitted), Declined or NoShow.</summary>
    public string? Outcome { get; set; }
    /// <summary>When declined: Person (the returnee) or Employer (the employer or the training institution).</summary>
    public string? DeclinedBy { get; set; }
    public string? DeclineReason { get; set; }
    public string? OutcomeOn { get; set; }
    public string? Note { get; set; }
    /// <summary>Required to change an outcome already recorded.</summary>
    public string? CorrectionReason { get; set; }
}

/// <summary>
/// Referrals of a returnee, or of a person serving a community sentence (issue 19, part 8: work and training help them keep to the
/// law as much as returnees; LTHAHS 2019 Điều 86 has the commune help them), to an employer or a vocational course, and their outcome.
/// On an open case of either kind; the employer or course must be in the caller's register and the case's province; an inactive
/// employer or a finished course takes no new referral.
/// </summary>
public static class ReferralCommands
{
    public static async Task<List<JobReferral>> ListAsync(HoaNhapDbContext db, Case c, CancellationToken ct, bool audit = true)
    {
        var list = await db.Set<JobReferral>().AsNoTracking().Where(r => r.CaseId == c.Id).ToListAsync(ct);
        return list.OrderByDescending(r => r.ReferredOn).ThenByDescending(r => r.CreatedAt).ToList();
    }

    public static async Task<Outcome<List<JobReferral>>> ListAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        return c is null ? Outcome<List<JobReferral>>.Missing() : Outcome<List<JobReferral>>.Ok(await ListAsync(db, c, ct));
    }

    public static async Task<Outcome<JobReferral>> ReferAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, ReferralInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<JobReferral>.Missing();
        if (!user.EditsRegistry) return Outcome<JobReferral>.Denied();
        var errors = new Dictionary<string, string[]>();
        var kind = FormChecks.Choice<ReferralKind>(input.Kind);
        if (kind is null) errors[nameof(ReferralInput.Kind)] = ["Hãy chọn giới thiệu việc làm hoặc giới thiệu học nghề."];
        Employer? employer = null;
        VocationalCourse? course = null;
        if (kind == ReferralKind.Job)
        {
            if (input.EmployerId is not { } eid) errors[nameof(ReferralInput.EmployerId)] = ["Hãy chọn doanh nghiệp, cơ sở được giới thiệu đến."];
            else if ((employer = await JobRegisterCommands.FindEmployerAsync(db, user, eid, ct)) is null || employer.ProvinceCode != c.ProvinceCode)
                errors[nameof(ReferralInput.EmployerId)] = ["Không tìm thấy doanh nghiệp này trong sổ doanh nghiệp của đơn vị bạn (cùng tỉnh, thành phố với người được giới thiệu)."];
        }
        else if (kind == ReferralKind.Training)
        {
            if (input.CourseId is not { } cid) errors[nameof(ReferralInput.CourseId)] = ["Hãy chọn khóa học nghề được giới thiệu đến."];
            else if ((course = await JobRegisterCommands.FindCourseAsync(db, user, cid, ct)) is null || course.ProvinceCode != c.ProvinceCode)
                errors[nameof(ReferralInput.CourseId)] = ["Không tìm thấy khóa học này trong sổ khóa học nghề của đơn vị bạn (cùng tỉnh, thành phố với người được giới thiệu)."];
        }
        FormChecks.Past(db.Today, errors, nameof(ReferralInput.ReferredOn), "Ngày giới thiệu", input.ReferredOn, out var on);
        var note = FormChecks.Optional(input.Note, nameof(ReferralInput.Note), "Ghi chú", 1000, errors);
        if (errors.Count > 0) return Outcome<JobReferral>.Invalid(errors);
        if (c.Status is not (CaseStatus.Intake or CaseStatus.Active))
            return Outcome<JobReferral>.Refused(nameof(ReferralInput.Kind), $"Hồ sơ đang ở trạng thái “{CaseText.Status(c.Status)}”: không ghi nhận giới thiệu mới.");
        if (employer is { Active: false })
            return Outcome<JobReferral>.Refused(nameof(ReferralInput.EmployerId), $"{employer.Name} đã ngừng nhận người chấp hành xong án phạt tù: không giới thiệu thêm.");
        if (course is not null && course.Finished(db.Today))
            return Outcome<JobReferral>.Refused(nameof(ReferralInput.CourseId), $"Khóa học {course.Trade} đã kết thúc ngày {Display.Date(course.EndsOn)}: không giới thiệu thêm.");
        var r = new JobReferral
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = kind!.Value,
            EmployerId = employer?.Id, CourseId = course?.Id, TargetName = employer?.Name ?? $"{course!.Trade} — {course.Provider}",
            ReferredOn = on, Note = note,
        };
        db.Add(r);
        await db.SaveChangesAsync(ct);
        return Outcome<JobReferral>.Ok(r);
    }

    /// <summary>Records what came of a referral, once; changing a recorded outcome needs a reason (the audit log keeps the earlier values).</summary>
    public static async Task<Outcome<JobReferral>> RecordOutcomeAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid referralId,
        ReferralOutcomeInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<JobReferral>.Missing();
        if (!user.EditsRegistry) return Outcome<JobReferral>.Denied();
        var r = await db.Set<JobReferral>().FirstOrDefaultAsync(x => x.Id == referralId && x.CaseId == c.Id, ct);
        if (r is null) return Outcome<JobReferral>.Missing();
        var errors = new Dictionary<string, string[]>();
        var outcome = FormChecks.Choice<ReferralOutcome>(input.Outcome);
        if (outcome is null or ReferralOutcome.Pending)
        {
            outcome = null;
            errors[nameof(ReferralOutcomeInput.Outcome)] = [r.Kind == ReferralKind.Job
                ? "Hãy chọn kết quả: được tuyển dụng, từ chối hoặc không đến nhận việc."
                : "Hãy chọn kết quả: được nhận vào học, từ chối hoặc không đến nhập học."];
        }
        DeclinedBy? by = null;
        string? reason = null;
        if (outcome == ReferralOutcome.Declined)
        {
            by = FormChecks.Choice<DeclinedBy>(input.DeclinedBy);
            if (by is null) errors[nameof(ReferralOutcomeInput.DeclinedBy)] = [r.Kind == ReferralKind.Job
                ? "Hãy chọn bên từ chối: người được giới thiệu hoặc doanh nghiệp."
                : "Hãy chọn bên từ chối: người được giới thiệu hoặc cơ sở đào tạo."];
            reason = FormChecks.Required(input.DeclineReason, nameof(ReferralOutcomeInput.DeclineReason), "Lý do từ chối", 1000, errors);
        }
        if (FormChecks.Past(db.Today, errors, nameof(ReferralOutcomeInput.OutcomeOn), "Ngày có kết quả", input.OutcomeOn, out var on) && on < r.ReferredOn) errors[nameof(ReferralOutcomeInput.OutcomeOn)] = [$"Ngày có kết quả không được trước ngày giới thiệu ({Display.Date(r.ReferredOn)})."];
        var note = FormChecks.Optional(input.Note, nameof(ReferralOutcomeInput.Note), "Ghi chú", 1000, errors);
        var correction = FormChecks.Optional(input.CorrectionReason, nameof(ReferralOutcomeInput.CorrectionReason), "Lý do sửa kết quả", 1000, errors);
        if (errors.Count > 0) return Outcome<JobReferral>.Invalid(errors);
        if (r.Outcome != ReferralOutcome.Pending && correction is null)
            return Outcome<JobReferral>.Refused(nameof(ReferralOutcomeInput.CorrectionReason),
                $"Giới thiệu này đã có kết quả “{JobText.Describe(r)}” ngày {Display.Date(r.OutcomeOn)}. Muốn sửa kết quả, hãy ghi lý do sửa.");
        if (r.Outcome != ReferralOutcome.Pending) r.CorrectionReason = correction;
        r.Outcome = outcome!.Value;
        r.DeclinedBy = by;
        r.DeclineReason = reason;
        r.OutcomeOn = on;
        r.OutcomeNote = note;
        await db.SaveChangesAsync(ct);
        return Outcome<JobReferral>.Ok(r);
    }
}
