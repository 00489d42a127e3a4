using HoaNhap.Data;
using HoaNhap.Domain.Exchange;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>The release notice as received by the commune (for a case opened by hand or on completion of a community sentence).</summary>
public sealed class ReintegrationIntakeInput
{
    public string? NoticeReceivedOn { get; set; }
    public string? ReleasedOn { get; set; }
    public string? Sender { get; set; }
}

/// <summary>Opening the reintegration file from a prison's release notice stored by the exchange API.</summary>
public sealed class FromNoticeInput
{
    public string? NoticeReceivedOn { get; set; }
    /// <summary>Needed only when the notice does not say and the person is not yet on the registry: Male or Female.</summary>
    public string? Gender { get; set; }
}

public sealed class ResidenceCheckInput
{
    public string? CheckedOn { get; set; }
    public bool? LivesThere { get; set; }
    public string? Note { get; set; }
}

public sealed class ReportInput
{
    public string? ReportedOn { get; set; }
    public string? Circumstances { get; set; }
    public string? Wishes { get; set; }
    /// <summary>The person signed the undertaking not to break the law or reoffend (Mẫu HCD-05).</summary>
    public bool Undertaking { get; set; }
}

public sealed class OfficerInput
{
    public string? OfficerUserId { get; set; }
    public string? AssignedOn { get; set; }
    public string? HelperName { get; set; }
    public string? HelperKind { get; set; }
    public string? HelperOrganisation { get; set; }
}

/// <summary>A reintegration case's intake with its deadlines computed for today.</summary>
public sealed record ReintegrationIntakeView(Case Case, Person Person, ReintegrationIntake? Intake, ReintegrationIntakeDeadlinesResult? Deadlines);

public static class ReintegrationIntakeCommands
{
    const string NotReintegration = "Hồ sơ này không phải hồ sơ quản lý, giúp đỡ tái hòa nhập cộng đồng (Thông tư 10/2024/TT-BCA, Điều 7).";

    /// <summary>The intake of a case found through the caller's scope; null when the case is not visible.</summary>
    public static async Task<ReintegrationIntakeView?> GetAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, Guid caseId, CancellationToken ct, bool audit = true)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return null;
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var r = c.Kind == CaseKind.Reintegration
            ? await db.Set<ReintegrationIntake>().AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == c.Id, ct) : null;
        ReintegrationIntakeDeadlinesResult? deadlines = null;
        if (r is not null)
            deadlines = ReintegrationIntakeDeadlines.Compute(r.NoticeReceivedOn, r.ReleasedOn, r.ResidenceCheckedOn, r.ReportedOn, db.Today,
                await rules.ParametersAsync(ct), await rules.HolidaysAsync(ct));
        return new ReintegrationIntakeView(c, person, r, deadlines);
    }

    /// <summary>Records the release notice on a reintegration case that has none yet (typed in, or opened when a community sentence after prison ended).</summary>
    public static async Task<Outcome<ReintegrationIntake>> RecordNoticeAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId,
        ReintegrationIntakeInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<ReintegrationIntake>.Missing();
        if (!user.EditsRegistry) return Outcome<ReintegrationIntake>.Denied();
        var errors = new Dictionary<string, string[]>();
        var received = Day(db.Today, input.NoticeReceivedOn, nameof(ReintegrationIntakeInput.NoticeReceivedOn), "Ngày nhận thông báo", errors);
        var released = Day(db.Today, input.ReleasedOn, nameof(ReintegrationIntakeInput.ReleasedOn), "Ngày ra trại", errors, future: 62);
        var sender = Text(input.Sender, nameof(ReintegrationIntakeInput.Sender), "Nơi gửi thông báo (trại giam, trại tạm giam, cơ quan thi hành án)", 200, errors, required: true);
        if (errors.Count > 0) return Outcome<ReintegrationIntake>.Invalid(errors);
        if (c.Kind != CaseKind.Reintegration) return Outcome<ReintegrationIntake>.Refused(nameof(ReintegrationIntakeInput.NoticeReceivedOn), NotReintegration);
        if (await db.Set<ReintegrationIntake>().AnyAsync(x => x.CaseId == c.Id, ct))
            return Outcome<ReintegrationIntake>.Refused(nameof(ReintegrationIntakeInput.NoticeReceivedOn), "Hồ sơ này đã ghi nhận thông báo ra trại.");
        var r = New(c, received!.Value, released!.Value, sender!, user, null, db.Clock.GetUtcNow());
        db.Add(r);
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationIntake>.Ok(r);
    }

    /// <summary>
    /// Opens the reintegration file from the prison's release notice: the person (found by the ID number
    /// or added to the registry from the notice), the reintegration case (Intake) and its intake, at once.
    /// </summary>
    public static async Task<Outcome<ReintegrationIntake>> OpenFromNoticeAsync(HoaNhapDbContext db, CurrentUser user, Guid noticeId,
        FromNoticeInput input, CancellationToken ct)
    {
        if (!user.ReadsRegistry) return Outcome<ReintegrationIntake>.Missing();
        if (!user.EditsRegistry) return Outcome<ReintegrationIntake>.Denied();
        var notice = await db.Set<ReleaseNotice>().FirstOrDefaultAsync(n => n.Id == noticeId, ct);
        if (notice is null || !user.Covers(notice.ProvinceCode, notice.CommuneCode)) return Outcome<ReintegrationIntake>.Missing();
        var errors = new Dictionary<string, string[]>();
        var received = Day(db.Today, input.NoticeReceivedOn, nameof(FromNoticeInput.NoticeReceivedOn), "Ngày nhận thông báo", errors);
        var person = notice.PersonId is { } pid ? await db.People.FirstOrDefaultAsync(p => p.Id == pid, ct)
            : notice.PersonalIdNumber is { } number ? await db.People.FirstOrDefaultAsync(p => p.PersonalIdNumber == number, ct) : null;
        Gender? gender = notice.Gender;
        if (person is null && gender is null)
        {
            if (input.Gender is "Male") gender = Gender.Male;
            else if (input.Gender is "Female") gender = Gender.Female;
            else errors[nameof(FromNoticeInput.Gender)] = ["Thông báo không ghi giới tính: hãy chọn Nam hoặc Nữ để thêm người này vào sổ quản lý."];
        }
        if (errors.Count > 0) return Outcome<ReintegrationIntake>.Invalid(errors);
        if (await db.Set<ReintegrationIntake>().AnyAsync(x => x.ReleaseNoticeId == notice.Id, ct))
            return Outcome<ReintegrationIntake>.Refused(nameof(FromNoticeInput.NoticeReceivedOn), "Thông báo này đã được tiếp nhận, hồ sơ tái hòa nhập đã được mở.");
        if (person is not null && !user.Covers(person.ProvinceCode, person.CommuneCode))
            return Outcome<ReintegrationIntake>.Refused(nameof(FromNoticeInput.NoticeReceivedOn),
                "Người này đang có tên trong sổ quản lý của xã, phường khác; hãy liên hệ nơi đang quản lý để chuyển hồ sơ trước khi tiếp nhận.");
        if (person is null)
        {
            person = new Person
            {
                ProvinceCode = notice.ProvinceCode, CommuneCode = notice.CommuneCode, FullName = notice.FullName, DateOfBirth = notice.DateOfBirth,
                BirthYear = notice.BirthYear, Gender = gender!.Value, PersonalIdNumber = notice.PersonalIdNumber, Address = notice.Address,
            };
            person.RefreshSearchKey();
            db.People.Add(person);
        }
        notice.PersonId = person.Id;
        var c = await db.Cases.FirstOrDefaultAsync(x => x.PersonId == person.Id && x.Kind == CaseKind.Reintegration
            && (x.Status == CaseStatus.Intake || x.Status == CaseStatus.Active), ct);
        if (c is not null && await db.Set<ReintegrationIntake>().AnyAsync(x => x.CaseId == c.Id, ct))
            return Outcome<ReintegrationIntake>.Refused(nameof(FromNoticeInput.NoticeReceivedOn),
                "Người này đang có hồ sơ quản lý tái hòa nhập cộng đồng đã tiếp nhận; không mở thêm hồ sơ.");
        if (c is null)
        {
            c = new Case
            {
                PersonId = person.Id, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode, Kind = CaseKind.Reintegration,
                ReleaseKind = notice.ReleaseKind, StartOn = notice.ReleasedOn, LegalBasisVersion = LegalBasis.For(notice.ReleasedOn),
                Notes = $"Mở từ thông báo của {notice.Prison}" + (notice.JudgmentNumber is { } j ? $" (bản án số {j}" + (notice.Court is { } court ? $" của {court})" : ")") : "") + ".",
            };
            db.Cases.Add(c);
        }
        var r = New(c, received!.Value, notice.ReleasedOn, notice.Prison, user, notice.Id, db.Clock.GetUtcNow());
        db.Add(r);
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationIntake>.Ok(r);
    }

    /// <summary>The commune police's residence check (TT 10/2024 Điều 8 khoản 1); when the person does not live there, the notice to the sender (Mẫu HCD-03).</summary>
    public static async Task<Outcome<ReintegrationIntake>> CheckResidenceAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId,
        ResidenceCheckInput input, CancellationToken ct)
    {
        var (c, r, denied) = await LoadAsync(db, user, caseId, ct);
        if (denied is not null) return denied;
        var errors = new Dictionary<string, string[]>();
        var on = Day(db.Today, input.CheckedOn, nameof(ResidenceCheckInput.CheckedOn), "Ngày kiểm tra", errors);
        if (input.LivesThere is null) errors[nameof(ResidenceCheckInput.LivesThere)] = ["Hãy chọn kết quả kiểm tra: người này có hay không cư trú tại địa phương."];
        var note = Text(input.Note, nameof(ResidenceCheckInput.Note), "Kết quả xác minh", 2000, errors, required: input.LivesThere == false);
        if (errors.Count > 0) return Outcome<ReintegrationIntake>.Invalid(errors);
        if (Refusal(c!, r, nameof(ResidenceCheckInput.CheckedOn)) is { } refused) return refused;
        if (r!.ResidenceCheckedOn is not null)
            return Outcome<ReintegrationIntake>.Refused(nameof(ResidenceCheckInput.CheckedOn), "Đã ghi nhận kết quả kiểm tra nơi cư trú của người này.");
        if (on < r.NoticeReceivedOn)
            return Outcome<ReintegrationIntake>.Refused(nameof(ResidenceCheckInput.CheckedOn),
                $"Ngày kiểm tra không được trước ngày nhận thông báo ({Display.Date(r.NoticeReceivedOn)}).");
        r.ResidenceCheckedOn = on;
        r.LivesThere = input.LivesThere;
        r.ResidenceNote = note;
        if (input.LivesThere == false)
        {
            var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c!.PersonId, ct);
            var committee = await CaseDocuments.CommuneCommitteeAsync(db, c!.CommuneCode, ct);
            r.SenderNoticeFileId = CaseDocuments.Add(db, c, ReintegrationIntakeDocuments.SenderNotice(committee, person, r), ReintegrationIntakeDocuments.SenderNoticeTitle).Id;
        }
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationIntake>.Ok(r);
    }

    /// <summary>The person's report to the commune (TT 10/2024 Điều 9 khoản 1): minutes with the undertaking (HCD-05), the information sheet (HCD-02); management begins.</summary>
    public static async Task<Outcome<ReintegrationIntake>> RecordReportAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId,
        ReportInput input, CancellationToken ct)
    {
        var (c, r, denied) = await LoadAsync(db, user, caseId, ct);
        if (denied is not null) return denied;
        var errors = new Dictionary<string, string[]>();
        var on = Day(db.Today, input.ReportedOn, nameof(ReportInput.ReportedOn), "Ngày trình diện", errors);
        var circumstances = Text(input.Circumstances, nameof(ReportInput.Circumstances), "Hoàn cảnh gia đình, nơi ở, việc làm, sức khỏe", 4000, errors, required: true);
        var wishes = Text(input.Wishes, nameof(ReportInput.Wishes), "Nguyện vọng", 2000, errors, required: false);
        if (!input.Undertaking) errors[nameof(ReportInput.Undertaking)] = ["Người trình diện phải ký bản cam kết không vi phạm pháp luật, không tái phạm (Mẫu HCD-05)."];
        if (errors.Count > 0) return Outcome<ReintegrationIntake>.Invalid(errors);
        if (Refusal(c!, r, nameof(ReportInput.ReportedOn)) is { } refused) return refused;
        if (r!.ReportedOn is not null)
            return Outcome<ReintegrationIntake>.Refused(nameof(ReportInput.ReportedOn), $"Người này đã trình diện ngày {Display.Date(r.ReportedOn)}.");
        if (r.LivesThere == false)
            return Outcome<ReintegrationIntake>.Refused(nameof(ReportInput.ReportedOn),
                "Kết quả kiểm tra cho thấy người này không cư trú tại địa phương; đã thông báo lại nơi gửi (Thông tư 10/2024/TT-BCA, Điều 8 khoản 1).");
        if (on < r.ReleasedOn)
            return Outcome<ReintegrationIntake>.Refused(nameof(ReportInput.ReportedOn), $"Ngày trình diện không được trước ngày ra trại ({Display.Date(r.ReleasedOn)}).");
        if (c!.Status == CaseStatus.Intake && c.MoveTo(CaseStatus.Active, on!.Value) is { } move)
            return Outcome<ReintegrationIntake>.Refused(nameof(ReportInput.ReportedOn), move);
        r.ReportedOn = on;
        r.Circumstances = circumstances;
        r.Wishes = wishes;
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var police = await CaseDocuments.CommunePoliceAsync(db, c.CommuneCode, ct);
        r.MinutesFileId = CaseDocuments.Add(db, c, ReintegrationIntakeDocuments.Minutes(police, person, r), ReintegrationIntakeDocuments.MinutesTitle).Id;
        r.InformationSheetFileId = CaseDocuments.Add(db, c, ReintegrationIntakeDocuments.InformationSheet(police, person, c, r), ReintegrationIntakeDocuments.SheetTitle).Id;
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationIntake>.Ok(r);
    }

    /// <summary>The head of the commune police assigns an officer; where decided, a person of a mass organisation or of the family helps.</summary>
    public static async Task<Outcome<ReintegrationIntake>> AssignAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId,
        OfficerInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<ReintegrationIntake>.Missing();
        if (!user.AssignsSupervisors) return Outcome<ReintegrationIntake>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = Day(db.Today, input.AssignedOn, nameof(OfficerInput.AssignedOn), "Ngày phân công", errors);
        var officer = string.IsNullOrEmpty(input.OfficerUserId) ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.OfficerUserId
            && (u.Role == Roles.CommuneOfficer || u.Role == Roles.Supervisor) && u.CommuneCode == c.CommuneCode && u.IsActive, ct);
        if (officer is null) errors[nameof(OfficerInput.OfficerUserId)] = ["Hãy chọn một cán bộ đang hoạt động của xã, phường nơi người này cư trú."];
        var helper = Text(input.HelperName, nameof(OfficerInput.HelperName), "Họ tên người giúp đỡ", 200, errors, required: false);
        HelperKind? kind = null;
        if (helper is not null)
        {
            if (Enum.TryParse<HelperKind>(input.HelperKind, out var k) && !int.TryParse(input.HelperKind, out _)) kind = k;
            else errors[nameof(OfficerInput.HelperKind)] = ["Hãy chọn người giúp đỡ thuộc tổ chức, đoàn thể hay gia đình."];
        }
        var organisation = Text(input.HelperOrganisation, nameof(OfficerInput.HelperOrganisation), "Tổ chức, đoàn thể", 200, errors,
            required: kind == HelperKind.MassOrganisation);
        if (errors.Count > 0) return Outcome<ReintegrationIntake>.Invalid(errors);
        var r = c.Kind == CaseKind.Reintegration ? await db.Set<ReintegrationIntake>().FirstOrDefaultAsync(x => x.CaseId == c.Id, ct) : null;
        if (Refusal(c, r, nameof(OfficerInput.OfficerUserId)) is { } refused) return refused;
        if (on < r!.NoticeReceivedOn)
            return Outcome<ReintegrationIntake>.Refused(nameof(OfficerInput.AssignedOn), $"Ngày phân công không được trước ngày nhận thông báo ({Display.Date(r.NoticeReceivedOn)}).");
        r.OfficerUserId = officer!.Id;
        r.OfficerName = officer.FullName;
        r.OfficerAssignedOn = on;
        r.HelperName = helper;
        r.HelperKind = kind;
        r.HelperOrganisation = kind == HelperKind.MassOrganisation ? organisation : null;
        await db.SaveChangesAsync(ct);
        return Outcome<ReintegrationIntake>.Ok(r);
    }

    /// <summary>The officers and supervisors of the case's commune who may be assigned.</summary>
    public static Task<List<(string Id, string Name)>> OfficersAsync(HoaNhapDbContext db, string communeCode, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => (u.Role == Roles.CommuneOfficer || u.Role == Roles.Supervisor) && u.CommuneCode == communeCode && u.IsActive)
            .OrderBy(u => u.FullName).Select(u => new ValueTuple<string, string>(u.Id, u.FullName)).ToListAsync(ct);

    static async Task<(Case?, ReintegrationIntake?, Outcome<ReintegrationIntake>?)> LoadAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return (null, null, Outcome<ReintegrationIntake>.Missing());
        if (!user.EditsRegistry) return (null, null, Outcome<ReintegrationIntake>.Denied());
        var r = c.Kind == CaseKind.Reintegration ? await db.Set<ReintegrationIntake>().FirstOrDefaultAsync(x => x.CaseId == c.Id, ct) : null;
        return (c, r, null);
    }

    static Outcome<ReintegrationIntake>? Refusal(Case c, ReintegrationIntake? r, string field) =>
        c.Kind != CaseKind.Reintegration ? Outcome<ReintegrationIntake>.Refused(field, NotReintegration)
        : c.Status is not (CaseStatus.Intake or CaseStatus.Active) ? Outcome<ReintegrationIntake>.Refused(field, $"Hồ sơ đang ở trạng thái “{CaseText.Status(c.Status)}”.")
        : r is null ? Outcome<ReintegrationIntake>.Refused(field, "Hãy ghi nhận thông báo ra trại (ngày nhận, ngày ra trại, nơi gửi) trước.")
        : null;

    static ReintegrationIntake New(Case c, DateOnly received, DateOnly released, string sender, CurrentUser user, Guid? noticeId, DateTimeOffset at) => new()
    {
        CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, ReleaseNoticeId = noticeId,
        NoticeReceivedOn = received, ReleasedOn = released, Sender = sender, CreatedAt = at, CreatedBy = user.UserName,
    };

    static DateOnly? Day(DateOnly today, string? text, string field, string label, Dictionary<string, string[]> errors, int future = 0)
    {
        if (FormChecks.Date(errors, field, label, text) is not { } on) return null;
        if (on > today.AddDays(future))
        {
            errors[field] = [future == 0 ? FormMessages.NotAfterToday(label) : $"{label} không được quá {future} ngày sau ngày hôm nay."];
            return null;
        }
        return on;
    }

    static string? Text(string? text, string field, string label, int max, Dictionary<string, string[]> errors, bool required)
    {
        var s = VietnameseText.Nfc(text).Trim();
        if (s.Length == 0)
        {
            if (required) errors[field] = [$"Hãy nhập {label.ToLowerInvariant()}."];
            return null;
        }
        if (s.Length > max) { errors[field] = [FormMessages.TooLong(label, max)]; return null; }
        return s;
    }
}
