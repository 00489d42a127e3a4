namespace HoaNhap.Domain.Reintegration;

/// <summary>
/// An employer willing to hire returnees (NĐ 49/2020/NĐ-CP support measures: job creation, job referral),
/// kept in the register of the commune where it operates.
/// </summary>
public sealed class Employer : IPlaced, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string Name { get; set; } = "";
    public string? TaxCode { get; set; }
    public string Address { get; set; } = "";
    /// <summary>Sector or trade (ngành nghề), in the officer's words.</summary>
    public string Sector { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    /// <summary>The jobs offered, in the employer's words.</summary>
    public string JobsOffered { get; set; } = "";
    public int Places { get; set; }
    /// <summary>Since when the employer has agreed to hire returnees.</summary>
    public DateOnly WillingSince { get; set; }
    /// <summary>An inactive employer stays in the register (its referrals keep their history) but receives no new referral.</summary>
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>A vocational course (khóa học nghề) open to returnees: trade, training institution, dates, seats and support.</summary>
public sealed class VocationalCourse : IPlaced, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string Trade { get; set; } = "";
    /// <summary>The training institution (cơ sở giáo dục nghề nghiệp) running the course.</summary>
    public string Provider { get; set; } = "";
    public string Place { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public int Seats { get; set; }
    public bool FeeWaived { get; set; }
    /// <summary>Other support: a stipend, meals, travel, in the provider's words.</summary>
    public string? Support { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>A course that has ended receives no new referral.</summary>
    public bool Finished(DateOnly today) => EndsOn < today;
    /// <summary>Whether the course runs at some time in [from, to].</summary>
    public bool RunsWithin(DateOnly from, DateOnly to) => StartsOn <= to && EndsOn >= from;
}

/// <summary>
/// A returnee referred to an employer (a job) or to a vocational course (training), and what came of it.
/// The codes are the case's (the returnee's commune), whatever the employer's commune.
/// </summary>
public sealed class JobReferral : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public ReferralKind Kind { get; set; }
    public Guid? EmployerId { get; set; }
    public Guid? CourseId { get; set; }
    /// <summary>The employer's name, or the course's trade and provider, as they were when referred.</summary>
    public string TargetName { get; set; } = "";
    public DateOnly ReferredOn { get; set; }
    public string? Note { get; set; }
    public ReferralOutcome Outcome { get; set; } = ReferralOutcome.Pending;
    public DateOnly? OutcomeOn { get; set; }
    public DeclinedBy? DeclinedBy { get; set; }
    public string? DeclineReason { get; set; }
    public string? OutcomeNote { get; set; }
    /// <summary>Why a recorded outcome was corrected (the audit log keeps the earlier values).</summary>
    public string? CorrectionReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum ReferralKind { Job, Training }

/// <summary>Hired: for a course, admitted (enrolled).</summary>
public enum ReferralOutcome { Pending, Hired, Declined, NoShow }

public enum DeclinedBy { Person, Employer }

public static class JobText
{
    public static string Kind(ReferralKind k) => k == ReferralKind.Job ? "Giới thiệu việc làm" : "Giới thiệu học nghề";

    public static string Outcome(ReferralKind k, ReferralOutcome o) => (k, o) switch
    {
        (_, ReferralOutcome.Pending) => "Chờ kết quả",
        (ReferralKind.Job, ReferralOutcome.Hired) => "Được tuyển dụng",
        (ReferralKind.Training, ReferralOutcome.Hired) => "Được nhận vào học",
        (_, ReferralOutcome.Declined) => "Từ chối",
        (ReferralKind.Job, ReferralOutcome.NoShow) => "Không đến nhận việc",
        (ReferralKind.Training, ReferralOutcome.NoShow) => "Không đến nhập học",
        _ => o.ToString(),
    };

    public static string Decliner(ReferralKind k, DeclinedBy by) => by switch
    {
        Reintegration.DeclinedBy.Person => "Người được giới thiệu từ chối",
        _ => k == ReferralKind.Job ? "Doanh nghiệp từ chối" : "Cơ sở đào tạo từ chối",
    };

    /// <summary>The outcome in one phrase, with who declined.</summary>
    public static string Describe(JobReferral r) =>
        r.Outcome == ReferralOutcome.Declined && r.DeclinedBy is { } by ? Decliner(r.Kind, by) : Outcome(r.Kind, r.Outcome);
}

/// <summary>
/// A follow-up of a hire (theo dõi duy trì việc làm) at one checkpoint of <see cref="Rules.JobRetention"/>: is the person still
/// employed, with whom, and if not, why. One per referral and checkpoint; made only by <see cref="Record"/>.
/// </summary>
public sealed class JobRetentionCheck : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReferralId { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid PersonId { get; private set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>1–4: which checkpoint of the schedule.</summary>
    public int Checkpoint { get; private set; }
    /// <summary>The months after the hire the checkpoint stood for when recorded.</summary>
    public int Months { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly CheckedOn { get; private set; }
    public bool StillEmployed { get; private set; }
    /// <summary>With whom the person works now (the same employer or another).</summary>
    public string? Employer { get; private set; }
    /// <summary>Why the person no longer works, when not employed.</summary>
    public string? ReasonNotEmployed { get; private set; }
    public string? Note { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>
    /// The follow-up of <paramref name="referral"/> at <paramref name="checkpoint"/>, or the reason it is refused with the field it
    /// concerns: only a job referral that ended in a hire, not before the checkpoint's day, not in the future, once per checkpoint
    /// (<paramref name="recorded"/>); an employer when still employed, a reason when not.
    /// </summary>
    public static (JobRetentionCheck? Check, string? Field, string? Refusal) Record(JobReferral referral, Rules.RetentionCheckpoint checkpoint,
        IReadOnlyCollection<int> recorded, DateOnly on, DateOnly today, bool stillEmployed, string? employer, string? reasonNotEmployed,
        string? note, string byName)
    {
        if (referral.Kind != ReferralKind.Job || referral.Outcome != ReferralOutcome.Hired || referral.OutcomeOn is null)
            return (null, "Checkpoint", "Chỉ theo dõi duy trì việc làm sau khi người được giới thiệu đã được tuyển dụng.");
        if (recorded.Contains(checkpoint.Number))
            return (null, "Checkpoint", $"Đã ghi kết quả theo dõi mốc {Rules.JobRetention.Name(checkpoint.Months)} của lần tuyển dụng này.");
        if (on > today) return (null, "CheckedOn", "Ngày theo dõi không được sau ngày hôm nay.");
        if (on < checkpoint.DueOn)
            return (null, "CheckedOn", $"Mốc {Rules.JobRetention.Name(checkpoint.Months)} đến ngày {Text.VietnameseDate.Format(checkpoint.DueOn)}: chưa đến lúc theo dõi.");
        if (stillEmployed && string.IsNullOrWhiteSpace(employer)) return (null, "Employer", "Hãy ghi người này đang làm việc ở đâu (doanh nghiệp, cơ sở).");
        if (!stillEmployed && string.IsNullOrWhiteSpace(reasonNotEmployed)) return (null, "ReasonNotEmployed", "Hãy ghi lý do người này không còn làm việc.");
        return (new JobRetentionCheck
        {
            ReferralId = referral.Id, CaseId = referral.CaseId, PersonId = referral.PersonId, ProvinceCode = referral.ProvinceCode,
            CommuneCode = referral.CommuneCode, Checkpoint = checkpoint.Number, Months = checkpoint.Months, DueOn = checkpoint.DueOn, CheckedOn = on,
            StillEmployed = stillEmployed, Employer = stillEmployed ? employer!.Trim() : string.IsNullOrWhiteSpace(employer) ? null : employer.Trim(),
            ReasonNotEmployed = stillEmployed ? null : reasonNotEmployed!.Trim(), Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), ByName = byName,
        }, null, null);
    }
}
