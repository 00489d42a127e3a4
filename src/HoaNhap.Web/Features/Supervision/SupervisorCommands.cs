using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

public sealed class AssignmentInput
{
    public string? SupervisorUserId { get; set; }
    public string? DecisionNumber { get; set; }
    /// <summary>Date of the People's Committee's decision; the assignment date when left empty.</summary>
    public string? DecisionDate { get; set; }
    public string? AssignedOn { get; set; }
}

/// <summary>Thay đổi người giám sát: the current assignment ends on <see cref="ChangedOn"/> for <see cref="Reason"/>, the new one starts that day.</summary>
public sealed class ChangeInput
{
    public string? SupervisorUserId { get; set; }
    public string? DecisionNumber { get; set; }
    public string? DecisionDate { get; set; }
    public string? ChangedOn { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The ended assignment (a change) and the new one.</summary>
public sealed record AssignmentChange(SupervisorAssignment Ended, SupervisorAssignment Started);

/// <summary>
/// Phân công người trực tiếp giám sát, giáo dục: a decision of the commune People's Committee
/// (LTHAHS 2019 Điều 84 khoản 1, Điều 86), recorded by its leader or by the commune police for it.
/// The decision is generated as a .docx into the person's open community-sentence case file.
/// A person has one current supervisor; replacing them is a change, which needs a reason and a
/// new decision, and ends the former supervisor's access at once.
/// </summary>
public static class SupervisorCommands
{
    public static Task<List<(string Id, string Name)>> CandidatesAsync(HoaNhapDbContext db, string communeCode, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Role == Roles.Supervisor && u.CommuneCode == communeCode && u.IsActive)
            .OrderBy(u => u.FullName).Select(u => new ValueTuple<string, string>(u.Id, u.FullName)).ToListAsync(ct);

    public static Task<List<SupervisorAssignment>> HistoryAsync(HoaNhapDbContext db, Guid personId, CancellationToken ct) =>
        db.SupervisorAssignments.AsNoTracking().Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.AssignedOn).ThenBy(a => a.EndedOn == null ? 0 : 1).ToListAsync(ct);

    public static async Task<Outcome<SupervisorAssignment>> AssignAsync(HoaNhapDbContext db, CurrentUser user, Guid personId,
        AssignmentInput input, CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(db, user, personId, ct);
        if (person is null) return Outcome<SupervisorAssignment>.Missing();
        if (!user.AssignsSupervisors) return Outcome<SupervisorAssignment>.Denied();
        var errors = new Dictionary<string, string[]>();
        var supervisor = await FindSupervisorAsync(db, person, input.SupervisorUserId, nameof(AssignmentInput.SupervisorUserId), errors, ct);
        var on = FormChecks.Past(db.Today, errors, nameof(AssignmentInput.AssignedOn), "Ngày phân công", input.AssignedOn);
        var decided = DecisionDate(db.Today, input.DecisionDate, on, errors);
        Number(input.DecisionNumber, nameof(AssignmentInput.DecisionNumber), errors);
        if (errors.Count > 0) return Outcome<SupervisorAssignment>.Invalid(errors);

        var current = await db.SupervisorAssignments.Where(a => a.PersonId == personId && a.EndedOn == null).FirstOrDefaultAsync(ct);
        if (current is not null)
            return Outcome<SupervisorAssignment>.Invalid(nameof(AssignmentInput.SupervisorUserId),
                $"Người này đang do {current.SupervisorName} giám sát, giáo dục. Để thay người giám sát, hãy dùng “Thay đổi người giám sát” và ghi rõ lý do.");

        var assignment = New(person, supervisor!, input.DecisionNumber, decided, on!.Value);
        db.SupervisorAssignments.Add(assignment);
        if (await OpenCaseAsync(db, personId, ct) is { } c)
        {
            var draft = await DecisionDocument.AssignmentAsync(db, c, person, assignment, null, ct);
            assignment.DecisionFileItemId = CaseDocuments.Add(db, c, draft).Id;
        }
        await db.SaveChangesAsync(ct);
        return Outcome<SupervisorAssignment>.Ok(assignment);
    }

    public static async Task<Outcome<AssignmentChange>> ChangeAsync(HoaNhapDbContext db, CurrentUser user, Guid personId,
        ChangeInput input, CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(db, user, personId, ct);
        if (person is null) return Outcome<AssignmentChange>.Missing();
        if (!user.AssignsSupervisors) return Outcome<AssignmentChange>.Denied();
        var errors = new Dictionary<string, string[]>();
        var supervisor = await FindSupervisorAsync(db, person, input.SupervisorUserId, nameof(ChangeInput.SupervisorUserId), errors, ct);
        var on = FormChecks.Past(db.Today, errors, nameof(ChangeInput.ChangedOn), "Ngày thay đổi", input.ChangedOn);
        var decided = DecisionDate(db.Today, input.DecisionDate, on, errors);
        Number(input.DecisionNumber, nameof(ChangeInput.DecisionNumber), errors);
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : VietnameseText.Nfc(input.Reason.Trim());
        if (reason is null) errors[nameof(ChangeInput.Reason)] = ["Hãy ghi lý do thay đổi người giám sát, giáo dục."];
        else if (reason.Length > 1000) errors[nameof(ChangeInput.Reason)] = [FormMessages.TooLong("Lý do", 1000)];
        if (errors.Count > 0) return Outcome<AssignmentChange>.Invalid(errors);

        var current = await db.SupervisorAssignments.Where(a => a.PersonId == personId && a.EndedOn == null).FirstOrDefaultAsync(ct);
        if (current is null)
            return Outcome<AssignmentChange>.Invalid(nameof(ChangeInput.SupervisorUserId),
                "Người này chưa có người giám sát, giáo dục: hãy phân công trước, không cần thay đổi.");
        if (current.SupervisorUserId == supervisor!.Id)
            return Outcome<AssignmentChange>.Invalid(nameof(ChangeInput.SupervisorUserId), "Hãy chọn một người khác với người đang giám sát.");
        if (on!.Value < current.AssignedOn)
            return Outcome<AssignmentChange>.Invalid(nameof(ChangeInput.ChangedOn),
                $"Ngày thay đổi không được trước ngày bắt đầu phân công hiện tại ({Display.Date(current.AssignedOn)}).");

        current.EndedOn = on.Value;
        current.EndReason = reason;
        var next = New(person, supervisor, input.DecisionNumber, decided, on.Value);
        db.SupervisorAssignments.Add(next);
        if (await OpenCaseAsync(db, personId, ct) is { } c)
        {
            var draft = await DecisionDocument.AssignmentAsync(db, c, person, next, current, ct);
            next.DecisionFileItemId = CaseDocuments.Add(db, c, draft, DecisionDocument.ChangeTitle).Id;
        }
        await db.SaveChangesAsync(ct);
        return Outcome<AssignmentChange>.Ok(new AssignmentChange(current, next));
    }

    /// <summary>The person's community-sentence case that is still open (the newest), whose file keeps the decision.</summary>
    public static Task<Case?> OpenCaseAsync(HoaNhapDbContext db, Guid personId, CancellationToken ct) =>
        db.Cases.Where(c => c.PersonId == personId && c.Kind == CaseKind.CommunitySentence
                && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active || c.Status == CaseStatus.Absconded))
            .OrderByDescending(c => c.StartOn).FirstOrDefaultAsync(ct);

    static SupervisorAssignment New(Person person, AppUser supervisor, string? number, DateOnly? decided, DateOnly on) => new()
    {
        PersonId = person.Id, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode,
        SupervisorUserId = supervisor.Id, SupervisorName = supervisor.FullName,
        DecisionNumber = string.IsNullOrWhiteSpace(number) ? null : VietnameseText.Nfc(number.Trim()),
        DecisionDate = decided ?? on, AssignedOn = on,
    };

    static async Task<AppUser?> FindSupervisorAsync(HoaNhapDbContext db, Person person, string? id, string field,
        Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var supervisor = string.IsNullOrEmpty(id) ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id
            && u.Role == Roles.Supervisor && u.CommuneCode == person.CommuneCode && u.IsActive, ct);
        if (supervisor is null)
            errors[field] = ["Hãy chọn một người giám sát, giáo dục đang hoạt động của xã, phường nơi người này cư trú."];
        return supervisor;
    }

    static DateOnly? DecisionDate(DateOnly today, string? text, DateOnly? on, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return on;
        if (FormChecks.Past(today, errors, nameof(ChangeInput.DecisionDate), "Ngày quyết định", text) is not { } d) return null;
        if (on is { } start && d > start) { errors[nameof(ChangeInput.DecisionDate)] = ["Ngày quyết định không được sau ngày bắt đầu giám sát."]; return null; }
        return d;
    }

    static void Number(string? number, string field, Dictionary<string, string[]> errors)
    {
        if (number is { Length: > 100 }) errors[field] = [FormMessages.TooLong("Số quyết định", 100)];
    }
}

/// <summary>
/// The decision of the commune People's Committee assigning (or changing) the supervisor, in the
/// administrative format of NĐ 30/2020/NĐ-CP.
/// </summary>
public static class DecisionDocument
{
    public const string ChangeTitle = "Quyết định thay đổi người trực tiếp giám sát, giáo dục";

    public static async Task<DocumentDraft> AssignmentAsync(HoaNhapDbContext db, Case c, Person person, SupervisorAssignment assignment,
        SupervisorAssignment? ended, CancellationToken ct)
    {
        var issuer = await CaseDocuments.CommuneCommitteeAsync(db, c.CommuneCode, ct);
        var commune = await db.Communes.AsNoTracking().FirstAsync(x => x.Code == c.CommuneCode, ct);
        var date = assignment.DecisionDate ?? assignment.AssignedOn;
        var sentence = c.SentenceType is { } t ? CaseText.Sentence(t).ToLowerInvariant() : "án tại cộng đồng";
        var term = c.TermMonths is { } m ? $", thời hạn {m} tháng" : "";
        var who = $"{person.FullName}, sinh {person.BirthDateText}, nơi cư trú: {person.Address}, {commune.FullName}, đang chấp hành {sentence}{term}";
        var basis = new List<string>
        {
            "Căn cứ Luật Tổ chức chính quyền địa phương;",
            LegalBasis.For(date) == LegalBasis.Law2025
                ? "Căn cứ Luật Thi hành án hình sự số 127/2025/QH15;"
                : "Căn cứ Luật Thi hành án hình sự năm 2019 (được sửa đổi, bổ sung);",
        };
        if (c.DecisionNumber is { } qd)
            basis.Add($"Căn cứ Quyết định thi hành án số {qd}{(c.DecisionDate is { } dd ? " ngày " + Display.Date(dd) : "")};");
        basis.Add($"Xét đề nghị của Trưởng Công an {commune.FullName}.");

        var body = new List<string> { "QUYẾT ĐỊNH:" };
        var n = 1;
        if (ended is not null)
            body.Add($"Điều {n++}. Thôi phân công ông (bà) {ended.SupervisorName} trực tiếp giám sát, giáo dục người chấp hành án {person.FullName} "
                + $"kể từ ngày {Display.Date(assignment.AssignedOn)}. Lý do: {ended.EndReason}");
        body.Add($"Điều {n++}. Phân công ông (bà) {assignment.SupervisorName} trực tiếp giám sát, giáo dục người chấp hành án {who}, "
            + $"kể từ ngày {Display.Date(assignment.AssignedOn)}.");
        body.Add($"Điều {n++}. Người được phân công có trách nhiệm giám sát, giáo dục, theo dõi việc thực hiện nghĩa vụ của người chấp hành án, "
            + "nhận xét định kỳ và kịp thời báo cáo Ủy ban nhân dân (qua Công an) khi người chấp hành án vi phạm nghĩa vụ.");
        body.Add($"Điều {n}. Quyết định này có hiệu lực kể từ ngày ký. Công an {commune.FullName}, ông (bà) {assignment.SupervisorName}"
            + (ended is null ? "" : $", ông (bà) {ended.SupervisorName}") + $" và ông (bà) {person.FullName} chịu trách nhiệm thi hành Quyết định này.");

        return new DocumentDraft
        {
            Kind = CaseFileItemKind.SupervisorAssignmentDecision,
            IssuerParent = issuer.Parent, Issuer = issuer.Name, Place = issuer.Place,
            Number = assignment.DecisionNumber, Symbol = "QĐ-" + issuer.SymbolSuffix, Date = date,
            Title = "QUYẾT ĐỊNH",
            Subject = ended is null ? "Về việc phân công người trực tiếp giám sát, giáo dục người chấp hành án"
                : "Về việc thay đổi người trực tiếp giám sát, giáo dục người chấp hành án",
            Basis = basis, Body = body,
            Recipients = [$"Như Điều {n}", "Lưu: VT, hồ sơ thi hành án"],
            SignerAuthority = issuer.SignerAuthority,
        };
    }
}
