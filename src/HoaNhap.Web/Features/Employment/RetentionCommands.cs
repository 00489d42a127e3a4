using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Employment;

public sealed class RetentionInput
{
    /// <summary>1–4: the checkpoint of the schedule (by default 1, 3, 6 and 12 months after the hire).</summary>
    public int? Checkpoint { get; set; }
    public string? CheckedOn { get; set; }
    public bool? StillEmployed { get; set; }
    /// <summary>With whom the person works now (required when still employed).</summary>
    public string? Employer { get; set; }
    /// <summary>Why not (required when no longer employed).</summary>
    public string? ReasonNotEmployed { get; set; }
    public string? Note { get; set; }
}

/// <summary>One checkpoint of a hire: when it is due, whether it is due now, and what was found if recorded.</summary>
public sealed record RetentionStep(RetentionCheckpoint Checkpoint, bool Due, JobRetentionCheck? Check);

/// <summary>A hire's follow-up schedule (<see cref="JobRetention"/>) with what was recorded.</summary>
public sealed record RetentionView(JobReferral Referral, IReadOnlyList<RetentionStep> Steps)
{
    public RetentionStep? NextDue => Steps.FirstOrDefault(s => s.Due && s.Check is null);
}

/// <summary>
/// Job retention follow-up (issue 19, part 8): after a job referral ends in a hire, the commune checks at each checkpoint of
/// <see cref="JobRetention"/> whether the person still works, with whom, and if not why; a checkpoint due and not recorded is on the
/// worklist (<see cref="RetentionWorklistSource"/>) and the results count in <see cref="JobCounts"/>. Officers who keep the registry record.
/// </summary>
public static class RetentionCommands
{
    static IReadOnlyList<RetentionStep> Steps(JobReferral r, IReadOnlyCollection<JobRetentionCheck> checks, RuleParameters rules, DateOnly today) =>
        JobRetention.Schedule(r.OutcomeOn!.Value, rules)
            .Select(c => new RetentionStep(c, c.DueOn <= today, checks.FirstOrDefault(x => x.Checkpoint == c.Number))).ToList();

    static bool Hired(JobReferral r) => r.Kind == ReferralKind.Job && r.Outcome == ReferralOutcome.Hired && r.OutcomeOn is not null;

    /// <summary>The follow-up of every hire of a case, by referral.</summary>
    public static async Task<Dictionary<Guid, RetentionView>> ForCaseAsync(HoaNhapDbContext db, RuleParameters rules, Case c, CancellationToken ct)
    {
        var hires = await db.Set<JobReferral>().AsNoTracking().Where(r => r.CaseId == c.Id && r.Kind == ReferralKind.Job && r.Outcome == ReferralOutcome.Hired
            && r.OutcomeOn != null).ToListAsync(ct);
        if (hires.Count == 0) return [];
        var checks = await db.Set<JobRetentionCheck>().AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        return hires.ToDictionary(r => r.Id, r => new RetentionView(r, Steps(r, checks.Where(x => x.ReferralId == r.Id).ToList(), rules, db.Today)));
    }

    /// <summary>One hire's follow-up; not found outside the caller's scope or when the referral is not a hire.</summary>
    public static async Task<Outcome<RetentionView>> ForReferralAsync(HoaNhapDbContext db, RuleParameters rules, CurrentUser user, Guid caseId, Guid referralId,
        CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<RetentionView>.Missing();
        var r = await db.Set<JobReferral>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == referralId && x.CaseId == c.Id, ct);
        if (r is null || !Hired(r)) return Outcome<RetentionView>.Missing();
        var checks = await db.Set<JobRetentionCheck>().AsNoTracking().Where(x => x.ReferralId == r.Id).ToListAsync(ct);
        return Outcome<RetentionView>.Ok(new RetentionView(r, Steps(r, checks, rules, db.Today)));
    }

    public static async Task<Outcome<JobRetentionCheck>> RecordAsync(HoaNhapDbContext db, RuleParameters rules, CurrentUser user, Guid caseId, Guid referralId,
        RetentionInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<JobRetentionCheck>.Missing();
        if (!user.EditsRegistry) return Outcome<JobRetentionCheck>.Denied();
        var r = await db.Set<JobReferral>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == referralId && x.CaseId == c.Id, ct);
        if (r is null) return Outcome<JobRetentionCheck>.Missing();
        var errors = new Dictionary<string, string[]>();
        if (input.Checkpoint is not (>= 1 and <= 4))
            errors[nameof(RetentionInput.Checkpoint)] = ["Hãy chọn mốc theo dõi (lần thứ nhất đến lần thứ tư sau khi được tuyển dụng)."];
        var hasDate = FormChecks.Past(db.Today, errors, nameof(RetentionInput.CheckedOn), "Ngày theo dõi", input.CheckedOn, out var on);
        if (input.StillEmployed is null) errors[nameof(RetentionInput.StillEmployed)] = ["Hãy chọn người này còn làm việc hay không."];
        var employer = FormChecks.Optional(input.Employer, nameof(RetentionInput.Employer), "Nơi đang làm việc", 600, errors);
        var reason = FormChecks.Optional(input.ReasonNotEmployed, nameof(RetentionInput.ReasonNotEmployed), "Lý do không còn làm việc", 1000, errors);
        var note = FormChecks.Optional(input.Note, nameof(RetentionInput.Note), "Ghi chú", 1000, errors);
        if (errors.Count > 0 || !hasDate) return Outcome<JobRetentionCheck>.Invalid(errors);
        if (!Hired(r))
            return Outcome<JobRetentionCheck>.Refused(nameof(RetentionInput.Checkpoint), "Chỉ theo dõi duy trì việc làm sau khi người được giới thiệu đã được tuyển dụng.");
        var checkpoint = JobRetention.Checkpoint(r.OutcomeOn!.Value, input.Checkpoint!.Value, rules)!;
        var recorded = await db.Set<JobRetentionCheck>().Where(x => x.ReferralId == r.Id).Select(x => x.Checkpoint).ToListAsync(ct);
        var (check, field, refusal) = JobRetentionCheck.Record(r, checkpoint, recorded, on, db.Today, input.StillEmployed!.Value,
            employer is null ? null : VietnameseText.Nfc(employer), reason is null ? null : VietnameseText.Nfc(reason),
            note is null ? null : VietnameseText.Nfc(note), user.FullName);
        if (check is null)
            // A missing employer or reason is the form's to fix (400); the rest is the rule's refusal (422).
            return field is nameof(RetentionInput.Employer) or nameof(RetentionInput.ReasonNotEmployed)
                ? Outcome<JobRetentionCheck>.Invalid(field, refusal!) : Outcome<JobRetentionCheck>.Refused(field!, refusal!);
        check.CreatedAt = db.Clock.GetUtcNow();
        check.CreatedBy = user.UserName;
        db.Add(check);
        await db.SaveChangesAsync(ct);
        return Outcome<JobRetentionCheck>.Ok(check);
    }
}
